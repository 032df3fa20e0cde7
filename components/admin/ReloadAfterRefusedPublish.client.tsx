'use client'

import { useDocumentInfo, useFormFields, useFormProcessing } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useEffect, useRef } from 'react'

/** The refusal's field error arrives in a render of its own, just after the save has ended. */
const ERROR_AFTER_SAVE_MS = 2000

/**
 * After a publish refused for a missing change note, the edit is kept on the server as a draft
 * (keepDraftWhenNoteMissing), but the form does not learn it: Payload's document bar keeps
 * saying "Opublikowano", and when "Istotna zmiana treści" was ticked less than 250 ms before
 * publishing, the form never asked the server for the note field, so it stays hidden. This
 * reloads the document from the server once per refusal, as Payload does for stale data, so
 * that the form shows the kept draft and its note field, and tells the bar that an unpublished
 * version exists (it then says "Zmieniono"; a reload does not reset that count).
 */
export function ReloadAfterRefusedPublish() {
  const router = useRouter()
  const processing = useFormProcessing()
  const noteRefused = useFormFields(([fields]) => fields.changeNote?.valid === false)
  const { unpublishedVersionCount, setUnpublishedVersionCount } = useDocumentInfo()
  // Only just after a save the editor asked for (autosave does not set `processing`), never on
  // the note's error shown while typing, which a reload would wipe.
  const saving = useRef(false)
  const saveEndedAt = useRef<number | null>(null)
  useEffect(() => {
    if (processing) {
      saving.current = true
      return
    }
    if (saving.current) {
      saving.current = false
      saveEndedAt.current = Date.now()
    }
    const justSaved = saveEndedAt.current !== null && Date.now() - saveEndedAt.current < ERROR_AFTER_SAVE_MS
    if (noteRefused && justSaved) {
      saveEndedAt.current = null
      if (unpublishedVersionCount < 1) setUnpublishedVersionCount(1)
      router.refresh()
    }
  }, [processing, noteRefused, router, unpublishedVersionCount, setUnpublishedVersionCount])
  return null
}
