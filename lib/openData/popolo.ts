import { DateTime } from 'luxon'

import type { Membership, Organisation, Person, Session, SessionDocument, Vote } from '@/payload-types'

import { absoluteUrl } from '../absoluteUrl'
import { isoDateInWarsaw } from '../dates'
import { paths } from '../routes'
import { sessionOfVote } from '../sessions/sessionOfVote'
import { toVoteTally } from '../votes/voteTally'
import { VOTE_OPTIONS, type VoteOption } from '../votes/options'

/** Open data in the Popolo vocabulary (https://www.popoloproject.com/specs/). */
export type VoteEvent = {
  id: string
  identifier: string
  title: string
  url: string
  organization_id: string
  legislative_session: string | null
  legislative_session_id: string | null
  start_date: string
  motion: { text: string }
  result: 'pass' | 'fail'
  counts: { option: VoteOption; value: number }[]
  votes: { voter_id: string; option: VoteOption }[]
}

export type PopoloPerson = { id: string; name: string }

export type PopoloOrganization = {
  id: string
  identifier: string
  name: string
  other_names: { name: string }[]
  classification: string
  parent_id: string | null
  url: string
  links: { url: string; note: string }[]
}

export type PopoloMembership = {
  id: string
  member: { type: 'organization' | 'person'; id: string; name: string | null }
  organization_id: string
  role: string | null
  start_date: string | null
  end_date: string | null
}

const idOf = (value: unknown): string =>
  String(typeof value === 'object' && value !== null ? (value as { id: unknown }).id : value)

const dateOrNull = (value: string | null | undefined) => (value ? isoDateInWarsaw(value) : null)

/** A date known only to the month is published as YYYY-MM (ISO 8601 reduced precision). */
function voteDate(vote: Vote): string {
  const day = isoDateInWarsaw(vote.startDate)
  return vote.startDatePrecision === 'month' ? day.slice(0, 7) : day
}

export function toVoteEvent(vote: Vote): VoteEvent {
  const tally = toVoteTally(vote)
  return {
    id: String(vote.id),
    identifier: vote.slug,
    title: vote.title,
    url: absoluteUrl(paths.vote(vote.slug)),
    organization_id: idOf(vote.organization),
    legislative_session: sessionOfVote(vote)?.name ?? vote.sessionLabel ?? null,
    legislative_session_id: vote.session ? idOf(vote.session) : null,
    start_date: voteDate(vote),
    motion: { text: vote.motion },
    result: tally.result,
    counts: VOTE_OPTIONS.map((option) => ({ option, value: tally.counts[option] })),
    votes: (vote.rollCall ?? []).map((entry) => ({ voter_id: idOf(entry.voter), option: entry.option })),
  }
}

/** The councillors named in roll calls (populated at depth 1). */
export function votersOf(votes: Vote[]): PopoloPerson[] {
  const people = new Map<string, PopoloPerson>()
  for (const vote of votes) {
    for (const entry of vote.rollCall ?? []) {
      const voter = entry.voter as Person | number
      if (typeof voter === 'object') people.set(String(voter.id), { id: String(voter.id), name: voter.name })
    }
  }
  return [...people.values()]
}

export function toOrganization(org: Organisation): PopoloOrganization {
  return {
    id: String(org.id),
    identifier: org.slug,
    name: org.name,
    other_names: org.shortName ? [{ name: org.shortName }] : [],
    classification: org.classification,
    parent_id: org.parent ? idOf(org.parent) : null,
    url: absoluteUrl(paths.organisation(org.slug)),
    links: org.website ? [{ url: org.website, note: 'strona internetowa' }] : [],
  }
}

export function toMembership(membership: Membership): PopoloMembership {
  const member = membership.member
  const value = member.value as Organisation | Person | number
  return {
    id: String(membership.id),
    member: {
      type: member.relationTo === 'people' ? 'person' : 'organization',
      id: idOf(value),
      name: typeof value === 'object' ? value.name : null,
    },
    organization_id: idOf(membership.organization),
    role: membership.role ?? null,
    start_date: dateOrNull(membership.startDate),
    end_date: dateOrNull(membership.endDate),
  }
}

/** A council session as a Popolo event (https://www.popoloproject.com/specs/event.html). */
export type PopoloEvent = {
  id: string
  identifier: string
  name: string
  classification: 'session'
  organization_id: string
  start_date: string
  location: string | null
  status: 'planned' | 'held' | 'cancelled' | 'moved'
  url: string
  agenda: {
    order: number
    title: string
    description: string | null
    vote_event_id: string | null
    resolution_number: string | null
    documents: { kind: string; title: string; url: string }[]
  }[]
  sources: { url: string; note: string }[]
}

/** As precise as it is known: YYYY-MM, YYYY-MM-DD, or a full date-time with its Warsaw offset. */
function sessionStart(session: Session): string {
  if (session.startDatePrecision === 'month') return isoDateInWarsaw(session.startDate).slice(0, 7)
  if (session.startDatePrecision === 'day') return isoDateInWarsaw(session.startDate)
  return DateTime.fromISO(session.startDate, { zone: 'Europe/Warsaw' }).toISO({ suppressMilliseconds: true }) ?? session.startDate
}

export function toEvent(session: Session): PopoloEvent {
  const document = (kind: string, file: unknown) => {
    const doc = file as SessionDocument | number | null | undefined
    return typeof doc === 'object' && doc?.url ? [{ kind, title: doc.title, url: absoluteUrl(new URL(doc.url, 'http://x').pathname) }] : []
  }
  return {
    id: String(session.id),
    identifier: session.slug,
    name: session.name,
    classification: 'session',
    organization_id: idOf(session.body),
    start_date: sessionStart(session),
    location: session.place ?? null,
    status: session.status,
    url: absoluteUrl(paths.session(session.slug)),
    agenda: (session.agenda ?? []).map((item, i) => ({
      order: i + 1,
      title: item.title,
      description: item.description ?? null,
      vote_event_id: item.vote ? idOf(item.vote) : null,
      resolution_number: item.resolutionNumber ?? null,
      documents: (item.documents ?? []).flatMap((d) => document(d.kind, d.file)),
    })),
    sources: [
      ...(session.recordingUrl ? [{ url: session.recordingUrl, note: 'nagranie' }] : []),
      ...(session.livestreamUrl ? [{ url: session.livestreamUrl, note: 'transmisja' }] : []),
    ],
  }
}
