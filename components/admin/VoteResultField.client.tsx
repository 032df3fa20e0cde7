'use client'

import { useFormFields } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { countsFrom } from '@/lib/votes/checkVote'
import { deriveResult, type MajorityRule, VOTE_RESULT_LABELS } from '@/lib/votes/majority'

const idOf = (value: unknown) =>
  typeof value === 'object' && value !== null && 'id' in value ? (value as { id: unknown }).id : value

/** The council's statutory seats, needed only for the "absolute majority of seats" rule. */
function useCouncilSeats(organisation: unknown, needed: boolean): number | null {
  const [seats, setSeats] = useState<number | null>(null)
  const id = idOf(organisation)
  useEffect(() => {
    if (!needed || (typeof id !== 'number' && typeof id !== 'string')) return
    let current = true
    fetch(`/api/organisations/${encodeURIComponent(String(id))}?depth=0`, { credentials: 'include' })
      .then((response) => (response.ok ? response.json() : null))
      .then((org) => current && setSeats(typeof org?.seats === 'number' ? org.seats : null))
      .catch(() => current && setSeats(null))
    return () => {
      current = false
    }
  }, [id, needed])
  return needed ? seats : null
}

/** Shows the result that saving will store, recomputed while the editor types the counts. */
export function VoteResultField() {
  // One primitive per selector: an object made in the selector would re-render on every keystroke anywhere.
  const useValue = (path: string) => useFormFields(([fields]) => fields[path]?.value)
  const values = {
    yes: useValue('counts.yes'),
    no: useValue('counts.no'),
    abstain: useValue('counts.abstain'),
    absent: useValue('counts.absent'),
    rule: (useValue('majorityRule') ?? 'simple') as MajorityRule,
    organisation: useValue('organization'),
  }
  const seats = useCouncilSeats(values.organisation, values.rule === 'absolute-of-seats')
  const counts = countsFrom(values)
  const result = deriveResult(counts, values.rule, seats)
  return (
    <div className="field-type vote-result-preview" aria-live="polite">
      <p className="field-label">Wynik (wyliczany z liczby głosów)</p>
      <p>
        <strong data-testid="vote-result">{VOTE_RESULT_LABELS[result]}</strong>
        {` · za ${counts.yes}, przeciw ${counts.no}, wstrzymało się ${counts.abstain}, nieobecni ${counts.absent}`}
      </p>
    </div>
  )
}
