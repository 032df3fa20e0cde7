import type { Membership, Organisation, Person, Vote } from '@/payload-types'

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
