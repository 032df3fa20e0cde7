'use client'

import { deriveResult, type MajorityRule, VOTE_RESULT_LABELS } from '@/lib/votes/majority'
import { useFormFields } from '@payloadcms/ui'

import { useVoteCounts, useVotingBody } from './useVotingBody'

/** Shows the result that saving will store, recomputed while the editor types the counts. */
export function VoteResultField() {
  const rule = (useFormFields(([fields]) => fields.majorityRule?.value) ?? 'simple') as MajorityRule
  const body = useVotingBody()
  const { counts, problem, seats } = useVoteCounts(body)
  return (
    <div className="field-type vote-result-preview" aria-live="polite">
      <p className="field-label">Wynik (wyliczany z liczby głosów)</p>
      {problem ? (
        <p>
          <strong data-testid="vote-result">Liczby głosów są nieprawidłowe</strong>
          {' · wynik zostanie wyliczony po ich poprawieniu.'}
        </p>
      ) : (
        <p>
          <strong data-testid="vote-result">{VOTE_RESULT_LABELS[deriveResult(counts, rule, seats)]}</strong>
          {` · za ${counts.yes}, przeciw ${counts.no}, wstrzymało się ${counts.abstain}, nieobecni ${counts.absent}`}
        </p>
      )}
    </div>
  )
}
