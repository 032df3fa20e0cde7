import type { Organisation, Vote } from '@/payload-types'

import { sumCounts } from './checkVote'
import type { VoteResult } from './majority'
import type { VoteCounts } from './options'

/** What the public pages need to know about a vote, reshaped once from the document. */
export type VoteTally = {
  counts: VoteCounts
  result: VoteResult
  /** Councillors who cast a vote (for, against or abstaining). */
  voted: number
  seats: number | null
}

export function toVoteTally(vote: Vote): VoteTally {
  const counts: VoteCounts = {
    yes: vote.counts?.yes ?? 0,
    no: vote.counts?.no ?? 0,
    abstain: vote.counts?.abstain ?? 0,
    absent: vote.counts?.absent ?? 0,
  }
  const body = typeof vote.organization === 'object' ? (vote.organization as Organisation) : null
  return {
    counts,
    result: vote.result === 'pass' ? 'pass' : 'fail',
    voted: sumCounts(counts) - counts.absent,
    seats: body?.seats ?? null,
  }
}
