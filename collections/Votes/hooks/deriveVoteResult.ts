import type { CollectionBeforeChangeHook } from 'payload'

import { deriveResult, type MajorityRule } from '../../../lib/votes/majority'
import { countsFrom } from '../../../lib/votes/checkVote'
import { councilSeats } from './councilSeats'

/** Sets `result` from the counts and the majority rule, overriding anything sent. */
export const deriveVoteResult: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data }
  const rule = (merged.majorityRule ?? 'simple') as MajorityRule
  const seats = await councilSeats(req, merged.organization)
  return { ...data, result: deriveResult(countsFrom(merged.counts), rule, seats) }
}
