'use client'

import { useDocumentInfo, useFormFields, useFormProcessing } from '@payloadcms/ui'
import { useEffect } from 'react'

/**
 * A save with "substantive change" ticked and no note leaves a draft newer than the published
 * version (a refused publish is kept as a draft, see keepDraftWhenNoteMissing), but Payload's
 * document bar is not told after a refusal and keeps saying "Opublikowano". Once such a save
 * has ended, the bar learns that an unpublished version exists, so it says "Zmieniono".
 * Read from state, not from the moment a save ends: a quick refusal can begin and end within
 * one render, and a later autosave resets the form's state. Articles autosave, so a ticked box
 * without a note is an unpublished version as soon as it is saved: "Zmieniono" is true then too.
 */
export function DraftKeptStatus() {
  const processing = useFormProcessing()
  const ticked = useFormFields(([fields]) => Boolean(fields.substantiveChange?.value))
  const note = useFormFields(([fields]) => fields.changeNote?.value)
  const { hasPublishedDoc, unpublishedVersionCount, setUnpublishedVersionCount } = useDocumentInfo()
  useEffect(() => {
    const noteMissing = ticked && !(typeof note === 'string' && note.trim())
    if (!processing && noteMissing && hasPublishedDoc && unpublishedVersionCount < 1) {
      setUnpublishedVersionCount(1)
    }
  }, [processing, ticked, note, hasPublishedDoc, unpublishedVersionCount, setUnpublishedVersionCount])
  return null
}
