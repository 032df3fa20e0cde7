import type { MetadataRoute } from 'next'

import { absoluteUrl } from '../absoluteUrl'
import { articleModifiedAt } from '../articleTimes'
import { payloadClient } from '../payload'
import { paths } from '../routes'
import { listCouncillors } from './councillors'

type Listed = { slug: string; updatedAt: string }

/** Slugs and dates of every public document of a collection (published only, where drafts exist). */
async function listed(collection: 'votes' | 'organisations' | 'pages' | 'categories' | 'sessions'): Promise<Listed[]> {
  const payload = await payloadClient()
  const result = await payload.find({
    collection,
    where: collection === 'votes' || collection === 'pages' ? { _status: { equals: 'published' } } : {},
    pagination: false,
    depth: 0,
    select: { slug: true, updatedAt: true },
    overrideAccess: false,
  })
  return result.docs as Listed[]
}

/** Every public page of the portal with its last modification. */
export async function sitemapEntries(): Promise<MetadataRoute.Sitemap> {
  const payload = await payloadClient()
  const [articles, votes, organisations, pages, categories, sessions, councillors] = await Promise.all([
    payload.find({
      collection: 'articles',
      where: { _status: { equals: 'published' } },
      sort: '-publishedAt',
      pagination: false,
      depth: 0,
      select: { slug: true, publishedAt: true, contentModifiedAt: true, createdAt: true },
      overrideAccess: false,
    }),
    listed('votes'),
    listed('organisations'),
    listed('pages'),
    listed('categories'),
    listed('sessions'),
    listCouncillors(1, Number.MAX_SAFE_INTEGER),
  ])
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0, select: { updatedAt: true } })
  const latest = (dates: string[]) => (dates.length ? dates.reduce((a, b) => (a > b ? a : b)) : undefined)
  const articleEntries = articles.docs.map((a) => ({
    url: absoluteUrl(paths.article(a.slug)),
    lastModified: articleModifiedAt(a),
  }))
  const of = (docs: Listed[], pathOf: (slug: string) => string) =>
    docs.map((d) => ({ url: absoluteUrl(pathOf(d.slug)), lastModified: d.updatedAt }))
  return [
    { url: absoluteUrl(paths.home()), lastModified: latest([...articleEntries, ...of(votes, paths.vote)].map((e) => e.lastModified)) },
    { url: absoluteUrl(paths.articles()), lastModified: latest(articleEntries.map((e) => e.lastModified)) },
    { url: absoluteUrl(paths.votes()), lastModified: latest(votes.map((v) => v.updatedAt)) },
    { url: absoluteUrl(paths.organisations()), lastModified: latest(organisations.map((o) => o.updatedAt)) },
    { url: absoluteUrl(paths.sessions()), lastModified: latest(sessions.map((s) => s.updatedAt)) },
    { url: absoluteUrl(paths.councillors()) },
    { url: absoluteUrl(paths.openData()) },
    { url: absoluteUrl(paths.accessibilityStatement()), lastModified: settings.updatedAt ?? undefined },
    ...articleEntries,
    ...of(votes, paths.vote),
    ...of(organisations, paths.organisation),
    ...of(pages, paths.page),
    ...of(categories, paths.category),
    ...of(sessions, paths.session),
    ...(councillors?.docs ?? []).map(({ person }) => ({ url: absoluteUrl(paths.councillor(person.slug)), lastModified: person.updatedAt })),
  ]
}
