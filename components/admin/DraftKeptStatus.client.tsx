'use client'

import { useDocumentInfo, useFormFields, useFormProcessing } from '@payloadcms/ui'
import { useEffect, useRef } from 'react'

/**
 * A save with "substantive change" ticked and no note leaves a draft newer than the published
 * version (a refused publish is kept as a draft, see keepDraftWhenNoteMissing), but Payload's
 * document bar is not told after a refusal and keeps saying "Opublikowano". Once such a save
 * ends, the bar learns that an unpublished version exists, so it says "Zmieniono".
 */
export function DraftKeptStatus() {
  const processing = useFormProcessing()
  const ticked = useFormFields(([fields]) => Boolean(fields.substantiveChange?.value))
  const note = useFormFields(([fields]) => fields.changeNote?.value)
  const { hasPublishedDoc, setUnpublishedVersionCount } = useDocumentInfo()
  const wasProcessing = useRef(false)
  useEffect(() => {
    const ended = wasProcessing.current && !processing
    wasProcessing.current = processing
    const noteMissing = ticked && !(typeof note === 'string' && note.trim())
    if (ended && noteMissing && hasPublishedDoc) setUnpublishedVersionCount((count) => Math.max(count, 1))
  }, [processing, ticked, note, hasPublishedDoc, setUnpublishedVersionCount])
  return null
}
