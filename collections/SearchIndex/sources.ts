import type { PayloadRequest } from 'payload'

import type { Article, Organisation, Page, Person, Session, Vote } from '../../payload-types'
import { paths } from '../../lib/routes'
import type { SearchKind } from '../../lib/search/kinds'
import { richTextPlain } from '../../lib/search/richTextPlain'
import { isCouncilSeat } from '../../lib/councillors/councilSeat'

/** The collections whose published documents the public search finds. */
export const SEARCHED_COLLECTIONS = ['articles', 'votes', 'sessions', 'organisations', 'people', 'pages'] as const
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
        text: join(v.motion, v.sessionLabel),
      }
    }
    case 'sessions': {
      const s = doc as unknown as Session
      return {
        kind: 'session',
        title: s.name,
        path: paths.session(s.slug),
        date: s.startDate,
        text: join(s.place, ...(s.agenda ?? []).flatMap((item) => [item.title, item.description, item.resolutionNumber]), s.minutes),
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
 * A councillor links to her own page; anyone else to the organisation in which the person
 * represents a member, or of which the person is a member; none, no link.
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
    limit: 20,
    depth: 1,
    req,
    overrideAccess: true,
  })
  const organisations = docs.map((m) => m.organization).filter((o) => o && typeof o === 'object')
  const council = docs.find((m) => isCouncilSeat(m, id))
  const member = council?.member.value
  if (council && member && typeof member === 'object') return paths.councillor((member as Person).slug)
  const organisation = organisations[0]
  return organisation && typeof organisation === 'object' ? paths.organisation(organisation.slug) : null
}
