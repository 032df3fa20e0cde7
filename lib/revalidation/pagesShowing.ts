import type { CollectionSlug, PayloadRequest, Where } from 'payload'

import { CACHED_LIST_ROUTES, paths } from '../routes'

/**
 * Which public paths show a document: the one place that knows it. A path with a
 * dynamic segment (`/(frontend)/aktualnosci/strona/[n]`) stands for every page of that route.
 * Issue-specific pages (feeds, sitemaps, open data, categories) are listed here too,
 * so that a new page type is added in one place.
 */
/** Every page of a dynamic route; Next needs the route's folder path, route group included. */
const allPagesOf = (route: string) => `/(frontend)${route}`

type Doc = { id: number | string; [field: string]: unknown }

export type Change = { collection: string; doc: Doc; previousDoc?: Doc | null }

// The list pages are cached under the paths their rewrites lead to (lib/routes.ts).
const HOME = [CACHED_LIST_ROUTES['/']]
const NEWS_LISTS = [allPagesOf('/aktualnosci/strona/[n]')]
const NEWS_FEEDS = ['/rss.xml', '/sitemap.xml', '/news-sitemap.xml']
const VOTE_LISTS = [allPagesOf('/glosowania/strona/[n]'), '/dane/glosowania.json', '/dane/glosowania.csv']
const ORGANISATION_LISTS = [allPagesOf('/organizacje/strona/[n]'), '/dane/organizacje.json']
const CATEGORY_PAGES = allPagesOf('/aktualnosci/kategoria/[slug]/strona/[n]')
const SESSION_LISTS = [allPagesOf('/sesje/strona/[n]'), '/sesje.ics', '/dane/sesje.json']
const COUNCILLOR_LISTS = [allPagesOf('/radni/strona/[n]')]
/** A councillor's page lists the votes of her council: any council vote may change any of them. */
const COUNCILLOR_PAGES = allPagesOf('/radni/[slug]')

type Finder = (collection: CollectionSlug, where: Where) => Promise<Doc[]>

const idOf = (value: unknown): number | string | null => {
  if (typeof value === 'number' || typeof value === 'string') return value
  if (value && typeof value === 'object' && 'id' in value) return (value as Doc).id
  return null
}

const idsIn = (docs: Doc[], field: string): (number | string)[] =>
  docs.flatMap((doc) => {
    const value = doc[field]
    return (Array.isArray(value) ? value : [value]).map(idOf).filter((id) => id !== null)
  })

/** Ids of organisations on either side of memberships (the member may be a person). */
const organisationsIn = (memberships: Doc[]) =>
  memberships.flatMap((m) => {
    const member = m.member as { relationTo?: string; value?: unknown } | undefined
    const memberId = member?.relationTo === 'organisations' ? idOf(member.value) : null
    return [idOf(m.organization), memberId].filter((id) => id !== null)
  })

const slugs = (docs: Doc[]) => docs.map((d) => d.slug).filter((s): s is string => typeof s === 'string' && s !== '')

function makeFinder(req: PayloadRequest): Finder {
  return async (collection, where) => {
    const result = await req.payload.find({
      collection,
      where,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    return result.docs as unknown as Doc[]
  }
}

const memberIs = (collection: 'organisations' | 'people', id: number | string): Where => ({
  and: [{ 'member.relationTo': { equals: collection } }, { 'member.value': { equals: id } }],
})

const byIds = (ids: (number | string)[]): Where => ({ id: { in: [...new Set(ids)] } })
const publishedOnly: Where = { _status: { equals: 'published' } }

type Linked = 'articles' | 'votes' | 'organisations' | 'sessions'

async function pathsOf(find: Finder, collection: Linked, ids: (number | string)[]) {
  if (ids.length === 0) return []
  const hasDrafts = collection === 'articles' || collection === 'votes'
  const where = hasDrafts ? { and: [byIds(ids), publishedOnly] } : byIds(ids)
  const docs = await find(collection, where)
  const toPath = { articles: paths.article, votes: paths.vote, organisations: paths.organisation, sessions: paths.session }[
    collection
  ]
  return slugs(docs).map(toPath)
}

async function articlesWhere(find: Finder, where: Where) {
  return slugs(await find('articles', { and: [where, publishedOnly] })).map(paths.article)
}

/** Sessions that a vote belongs to or that have it on their agenda. */
async function sessionsOfVotes(find: Finder, versions: Doc[], ids: (number | string)[]) {
  const onAgenda = ids.length ? await find('sessions', { 'agenda.vote': { in: ids } }) : []
  return [...(await pathsOf(find, 'sessions', idsIn(versions, 'session'))), ...slugs(onAgenda).map(paths.session)]
}

async function sessionsOfRelatedVotes(find: Finder, voteIds: (number | string)[]) {
  return voteIds.length ? sessionsOfVotes(find, await find('votes', byIds(voteIds)), voteIds) : []
}

/** Councillors' pages of the people in memberships (a membership change may add or remove one). */
async function councillorPathsOf(find: Finder, memberships: Doc[]) {
  const people = memberships.flatMap((m) => {
    const member = m.member as { relationTo?: string; value?: unknown } | undefined
    const id = member?.relationTo === 'people' ? idOf(member.value) : null
    return id === null ? [] : [id]
  })
  return people.length ? slugs(await find('people', byIds(people))).map(paths.councillor) : []
}

type Mapper = (versions: Doc[], find: Finder, id: number | string) => Promise<string[]>

const mappers: Record<string, Mapper> = {
  articles: async (versions, find) => {
    const categories = idsIn(versions, 'categories')
    const categorySlugs = categories.length ? slugs(await find('categories', byIds(categories))) : []
    return [
      ...slugs(versions).map(paths.article),
      ...HOME,
      ...NEWS_LISTS,
      ...NEWS_FEEDS,
      ...categorySlugs.map((slug) => `/aktualnosci/kategoria/${slug}`),
      ...(categorySlugs.length ? [CATEGORY_PAGES] : []),
      ...(await pathsOf(find, 'votes', idsIn(versions, 'relatedVotes'))),
      ...(await pathsOf(find, 'organisations', idsIn(versions, 'relatedOrganisations'))),
      ...(await sessionsOfRelatedVotes(find, idsIn(versions, 'relatedVotes'))),
    ]
  },
  votes: async (versions, find, id) => {
    const memberships = await find('memberships', { vote: { equals: id } })
    return [
      ...slugs(versions).map(paths.vote),
      ...HOME,
      ...VOTE_LISTS,
      '/sitemap.xml',
      ...(await articlesWhere(find, { relatedVotes: { in: [id] } })),
      ...(await pathsOf(find, 'organisations', organisationsIn(memberships))),
      ...(await sessionsOfVotes(find, versions, [id])),
      COUNCILLOR_PAGES,
    ]
  },
  sessions: async (versions, find) => {
    const votes = idsIn(versions.flatMap((v) => (v.agenda as Doc[] | undefined) ?? []), 'vote')
    const naming = await find('votes', { session: { in: versions.map((v) => v.id) } })
    const allVotes = [...votes, ...naming.map((v) => v.id)]
    return [
      ...slugs(versions).map(paths.session),
      ...SESSION_LISTS,
      '/sitemap.xml',
      '/dane/glosowania.json',
      ...(await pathsOf(find, 'votes', allVotes)),
      ...(allVotes.length ? await articlesWhere(find, { relatedVotes: { in: allVotes } }) : []),
    ]
  },
  'session-documents': async (_versions, find, id) =>
    slugs(await find('sessions', { or: [{ 'agenda.documents.file': { equals: id } }, { minutesDocument: { equals: id } }] })).map(
      paths.session,
    ),
  organisations: async (versions, find, id) => {
    const memberships = await find('memberships', {
      or: [{ organization: { equals: id } }, memberIs('organisations', id)],
    })
    const children = await find('organisations', { parent: { equals: id } })
    const votes = await find('votes', { and: [{ organization: { equals: id } }, publishedOnly] })
    return [
      ...slugs(versions).map(paths.organisation),
      ...ORGANISATION_LISTS,
      ...VOTE_LISTS,
      '/sitemap.xml',
      ...slugs(children).map(paths.organisation),
      ...slugs(votes).map(paths.vote),
      ...(await pathsOf(find, 'organisations', organisationsIn(memberships))),
      ...(await pathsOf(find, 'votes', idsIn(memberships, 'vote'))),
      ...(await articlesWhere(find, { relatedOrganisations: { in: [id] } })),
      ...slugs(await find('sessions', { body: { equals: id } })).map(paths.session),
      ...SESSION_LISTS,
      ...COUNCILLOR_LISTS,
      COUNCILLOR_PAGES,
    ]
  },
  memberships: async (versions, find) => [
    ...(await pathsOf(find, 'organisations', organisationsIn(versions))),
    ...(await pathsOf(find, 'votes', idsIn(versions, 'vote'))),
    '/dane/organizacje.json',
    ...COUNCILLOR_LISTS,
    ...(await councillorPathsOf(find, versions)),
    '/sitemap.xml',
  ],
  people: async (versions, find, id) => {
    const memberships = await find('memberships', {
      or: [{ representative: { equals: id } }, memberIs('people', id)],
    })
    const votes = await find('votes', { and: [{ 'rollCall.voter': { equals: id } }, publishedOnly] })
    return [
      ...slugs(versions).map(paths.councillor),
      ...COUNCILLOR_LISTS,
      ...slugs(votes).map(paths.vote),
      ...(await pathsOf(find, 'organisations', organisationsIn(memberships))),
      '/dane/glosowania.json',
      '/dane/glosowania.csv',
    ]
  },
  categories: async (versions, find, id) => [
    ...slugs(versions).map((slug) => `/aktualnosci/kategoria/${slug}`),
    CATEGORY_PAGES,
    ...(await articlesWhere(find, { categories: { in: [id] } })),
  ],
  pages: async (versions) => [...slugs(versions).map(paths.page), '/sitemap.xml'],
  media: async (_versions, find, id) => [
    ...(await articlesWhere(find, { heroImage: { equals: id } })),
    ...slugs(await find('people', { image: { equals: id } })).map(paths.councillor),
    ...COUNCILLOR_LISTS,
    ...slugs(await find('organisations', { logo: { equals: id } })).map(paths.organisation),
  ],
  redirects: async (versions) =>
    versions.map((v) => v.from).filter((from): from is string => typeof from === 'string'),
}

/** A document is on the public site when it has no drafts or its current state is published. */
const isPublic = (doc: Doc | null | undefined): doc is Doc =>
  Boolean(doc) && (doc?._status === undefined || doc?._status === null || doc?._status === 'published')

/**
 * The public paths to refresh after a change: those that showed the previous state and
 * those that show the new one. A draft that never was public changes nothing.
 */
export async function pagesShowing(change: Change, req: PayloadRequest): Promise<string[]> {
  const mapper = mappers[change.collection]
  const versions = [change.doc, change.previousDoc].filter(isPublic)
  if (!mapper || versions.length === 0) return []
  return [...new Set(await mapper(versions, makeFinder(req), change.doc.id))]
}
