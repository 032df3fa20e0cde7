import { cache } from 'react'

import type { Article, Session } from '@/payload-types'

import { payloadClient } from '../payload'
import { isUpcoming } from '../sessions/sessionDate'
import { upcomingThenPast } from '../sessions/upcomingThenPast'

export const SESSIONS_PER_PAGE = 20

export type SessionsPage = { docs: Session[]; upcomingCount: number; page: number; totalPages: number }

/**
 * A page of sessions: those still ahead first (soonest first), then those past (latest
 * first); null when the page does not exist. A council has a few dozen sessions a year,
 * so they are read at once and ordered here.
 */
export const listSessions = cache(async (page: number, now: Date = new Date()): Promise<SessionsPage | null> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'sessions',
    sort: 'startDate',
    pagination: false,
    depth: 1,
    select: { name: true, slug: true, body: true, startDate: true, startDatePrecision: true, place: true, status: true },
    overrideAccess: false,
  })
  const ordered = upcomingThenPast(docs as Session[], now)
  const totalPages = Math.max(1, Math.ceil(ordered.length / SESSIONS_PER_PAGE))
  if (page > totalPages) return null
  const slice = ordered.slice((page - 1) * SESSIONS_PER_PAGE, page * SESSIONS_PER_PAGE)
  return { docs: slice, upcomingCount: slice.filter((s) => isUpcoming(s, now)).length, page, totalPages }
})

export const getSession = cache(async (slug: string): Promise<Session | null> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'sessions',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 2,
    overrideAccess: false,
  })
  return docs[0] ?? null
})

/** Ids of the votes of a session: those on its agenda and those that name it. */
export const votesOfSession = cache(async (session: Session): Promise<(number | string)[]> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'votes',
    where: { session: { equals: session.id }, _status: { equals: 'published' } },
    pagination: false,
    depth: 0,
    select: { title: true },
    overrideAccess: false,
  })
  const onAgenda = (session.agenda ?? []).map((item) => (typeof item.vote === 'object' ? item.vote?.id : item.vote))
  return [...new Set([...docs.map((v) => v.id), ...onAgenda].filter((id) => id !== null && id !== undefined))]
})

/** Published articles about the session: those linked to any of its votes. */
export const articlesAboutSession = cache(async (session: Session): Promise<Article[]> => {
  const voteIds = await votesOfSession(session)
  if (voteIds.length === 0) return []
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'articles',
    where: { relatedVotes: { in: voteIds }, _status: { equals: 'published' } },
    sort: '-publishedAt',
    limit: 20,
    depth: 0,
    overrideAccess: false,
  })
  return docs
})

/** Every session with its body, for the calendar feed and open data, latest first. */
export async function allSessions(): Promise<Session[]> {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'sessions',
    sort: '-startDate',
    pagination: false,
    depth: 1,
    overrideAccess: false,
  })
  return docs
}
