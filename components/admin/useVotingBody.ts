'use client'

import { useFormFields } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { checkCount, checkSeats, countsFrom } from '@/lib/votes/checkVote'
import { VOTE_OPTIONS, type VoteCounts } from '@/lib/votes/options'
import type { VotingBody } from '@/lib/votes/votingBody'

const idOf = (value: unknown) =>
  typeof value === 'object' && value !== null && 'id' in value ? (value as { id: unknown }).id : value

/** The organisation chosen in the vote's "Organ głosujący" field, read from the API (null until known). */
export function useVotingBody(): VotingBody | null {
  const id = idOf(useFormFields(([fields]) => fields.organization?.value))
  const [body, setBody] = useState<VotingBody | null>(null)
  useEffect(() => {
    setBody(null)
    if (typeof id !== 'number' && typeof id !== 'string') return
    let current = true
    fetch(`/api/organisations/${encodeURIComponent(String(id))}?depth=0`, { credentials: 'include' })
      .then((response) => (response.ok ? response.json() : null))
      .then((org) => current && setBody(org))
      .catch(() => current && setBody(null))
    return () => {
      current = false
    }
  }, [id])
  return body
}

export type CountsState = {
  counts: VoteCounts
  /** The first problem with the counts (a bad number, or more than the seats), or null. */
  problem: string | null
  total: number
  seats: number | null
}

/** The four counts as typed, and whether they can be saved, recomputed on every keystroke. */
export function useVoteCounts(body: VotingBody | null): CountsState {
  // One primitive per selector: an object made in the selector would re-render on every keystroke anywhere.
  const raw = {
    yes: useFormFields(([fields]) => fields['counts.yes']?.value),
    no: useFormFields(([fields]) => fields['counts.no']?.value),
    abstain: useFormFields(([fields]) => fields['counts.abstain']?.value),
    absent: useFormFields(([fields]) => fields['counts.absent']?.value),
  }
  const counts = countsFrom(raw)
  const seats = typeof body?.seats === 'number' ? body.seats : null
  const badNumber = VOTE_OPTIONS.some((option) => checkCount(raw[option]) !== null)
  const problem = badNumber
    ? 'Popraw liczby głosów: każda musi być liczbą całkowitą, 0 lub więcej.'
    : checkSeats(counts, seats)
  return { counts, problem, total: VOTE_OPTIONS.reduce((sum, o) => sum + counts[o], 0), seats }
}
