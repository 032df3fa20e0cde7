import type { Vote } from '../../payload-types'
import type { VoteOption } from '../votes/options'

/** How one councillor figures in one vote: her option, or why none is known. */
export type RecordEntry =
  | { vote: Vote; kind: 'voted'; option: VoteOption }
  | { vote: Vote; kind: 'no-roll-call' }
  | { vote: Vote; kind: 'not-listed' }

export type Term = { startDate?: string | null; endDate?: string | null }

const voterId = (voter: unknown) => (typeof voter === 'object' && voter !== null ? (voter as { id: unknown }).id : voter)

const withinTerm = (date: string, terms: Term[]) =>
  terms.length === 0 ||
  terms.some((t) => (!t.startDate || date >= t.startDate) && (!t.endDate || date <= t.endDate))

/**
 * A councillor's voting record from the votes of her council: the option she chose where
 * a roll call was entered; where none was, that fact, rather than a guess; and where a roll
 * call leaves her out, that too. Only votes held while she sat on the council count.
 */
export function votingRecord(personId: number | string, votes: Vote[], terms: Term[]): RecordEntry[] {
  return votes
    .filter((vote) => withinTerm(vote.startDate, terms))
    .map((vote): RecordEntry => {
      const rollCall = vote.rollCall ?? []
      if (rollCall.length === 0) return { vote, kind: 'no-roll-call' }
      const entry = rollCall.find((e) => voterId(e.voter) === personId)
      return entry ? { vote, kind: 'voted', option: entry.option } : { vote, kind: 'not-listed' }
    })
}
