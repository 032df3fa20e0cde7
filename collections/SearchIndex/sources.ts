import type { PayloadRequest } from 'payload'

import type { Article, Organisation, Page, Person, Vote } from '../../payload-types'
import { paths } from '../../lib/routes'
import type { SearchKind } from '../../lib/search/kinds'
import { richTextPlain } from '../../lib/search/richTextPlain'

/** The collections whose published documents the public search finds. */
export const SEARCHED_COLLECTIONS = ['articles', 'votes', 'organisations', 'people', 'pages'] as const
export type SearchedCollection = (typeof SEARCHED_COLLECTIONS)[number]

/** What an index entry says about a document, before folding. */
export type SearchSource = { kind: SearchKind; title: string; path: string | null; date: string | null; text: string }

const join = (...parts: Array<string | null | undefined>) => parts.filter(Boolean).join(' ')

/** How each searched collection turns one of its documents into an index entry. */
export async function searchSourceOf(
  collection: SearchedCollection,
  doc: Record<string, unknown>,
  req: PayloadRequest,
): Promise<SearchSource> {
  switch (collection) {
    case 'articles': {
      const a = doc as unknown as Article
      return {
        kind: 'article',
        title: a.title,
        path: paths.article(a.slug),
        date: a.publishedAt ?? null,
        text: join(a.lead, richTextPlain(a.body), a.author),
      }
    }
    case 'votes': {
      const v = doc as unknown as Vote
      return {
        kind: 'vote',
        title: v.title,
        path: paths.vote(v.slug),
        date: v.startDate,
        text: join(v.motion, v.session),
      }
    }
    case 'organisations': {
      const o = doc as unknown as Organisation
      return {
        kind: 'organisation',
        title: o.shortName ? `${o.name} (${o.shortName})` : o.name,
        path: paths.organisation(o.slug),
        date: null,
        text: o.description ?? '',
      }
    }
    case 'people': {
      const p = doc as unknown as Person
      return { kind: 'person', title: p.name, path: await personPath(p.id, req), date: null, text: p.position ?? '' }
    }
    case 'pages': {
      const p = doc as unknown as Page
      return { kind: 'page', title: p.title, path: paths.page(p.slug), date: null, text: richTextPlain(p.body) }
    }
  }
}

/**
 * People have no page of their own: a result links to the organisation in which the
 * person represents a member, or of which the person is a member; none, no link.
 */
async function personPath(id: Person['id'], req: PayloadRequest): Promise<string | null> {
  const { docs } = await req.payload.find({
    collection: 'memberships',
    where: {
      or: [
        { representative: { equals: id } },
        { and: [{ 'member.relationTo': { equals: 'people' } }, { 'member.value': { equals: id } }] },
      ],
    },
    sort: 'startDate',
    limit: 1,
    depth: 1,
    req,
    overrideAccess: true,
  })
  const organisation = docs[0]?.organization
  return organisation && typeof organisation === 'object' ? paths.organisation(organisation.slug) : null
}
