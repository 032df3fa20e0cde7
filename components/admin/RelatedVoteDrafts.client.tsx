'use client'

import { useFormFields } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

type VoteStatus = { id: number | string; title?: string | null; _status?: 'draft' | 'published' | null }

const idsOf = (value: unknown): (number | string)[] =>
  (Array.isArray(value) ? value : [])
    .map((item) => (typeof item === 'object' && item !== null && 'id' in item ? item.id : item))
    .filter((id): id is number | string => typeof id === 'number' || typeof id === 'string')

/**
 * Under an article's related votes: which of them are unpublished drafts, which the public
 * page leaves out until they are published (the relationship's chips carry only the title).
 */
export function RelatedVoteDrafts() {
  const ids = idsOf(useFormFields(([fields]) => fields.relatedVotes?.value))
  const key = ids.join(',')
  const [drafts, setDrafts] = useState<VoteStatus[]>([])
  useEffect(() => {
    if (!key) return setDrafts([])
    let current = true
    const query = new URLSearchParams({
      'where[id][in]': key,
      'where[_status][equals]': 'draft',
      depth: '0',
      limit: '100',
      'select[title]': 'true',
      'select[_status]': 'true',
    })
    fetch(`/api/votes?${query}`, { credentials: 'include' })
      .then((response) => (response.ok ? response.json() : { docs: [] }))
      .then((found: { docs: VoteStatus[] }) => current && setDrafts(found.docs))
      .catch(() => current && setDrafts([]))
    return () => {
      current = false
    }
  }, [key])
  if (drafts.length === 0) return null
  return (
    <div className="related-vote-drafts" data-testid="related-vote-drafts" aria-live="polite">
      <p>Szkice (nieopublikowane, strona artykułu ich nie pokaże, dopóki nie zostaną opublikowane):</p>
      <ul>
        {drafts.map((vote) => (
          <li key={vote.id}>
            <span className="related-vote-drafts__marker">Szkic</span> {vote.title || '(bez tytułu)'}
          </li>
        ))}
      </ul>
    </div>
  )
}
