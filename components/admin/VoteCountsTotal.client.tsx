'use client'

import { useFormFields } from '@payloadcms/ui'

import { checkSeats } from '@/lib/votes/checkVote'

import { useVoteCounts, useVotingBody } from './useVotingBody'

/**
 * The top of the vote's counts: the total against the body's seats, and the error when the
 * counts together exceed them (the check of the whole group, so no single count carries it).
 */
export function VoteCountsTotal() {
  const body = useVotingBody()
  const { counts, total, seats } = useVoteCounts(body)
  const serverError = useFormFields(([fields]) => (fields.counts?.valid === false ? fields.counts.errorMessage : undefined))
  const error = seats === null ? serverError : checkSeats(counts, seats)
  return (
    <div className={`vote-counts-total${error ? ' vote-counts-total--error' : ''}`} aria-live="polite">
      <p data-testid="vote-counts-total">
        {seats === null
          ? `Łącznie: ${total} głosów i nieobecności.`
          : `Łącznie: ${total} głosów i nieobecności, organ ma ${seats} mandatów.`}
      </p>
      {error ? (
        <p className="vote-counts-total__error" role="alert" data-testid="vote-counts-error">
          {error}
        </p>
      ) : null}
    </div>
  )
}
