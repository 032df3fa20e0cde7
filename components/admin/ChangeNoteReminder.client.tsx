'use client'

import { useFormFields } from '@payloadcms/ui'

/**
 * Under the change-note input, while "substantive change" is ticked and the note is empty: what
 * publishing needs, in plain words and in view (a refused publish's toast disappears; the draft
 * is kept either way, see keepDraftWhenNoteMissing).
 */
export function ChangeNoteReminder() {
  const ticked = useFormFields(([fields]) => Boolean(fields.substantiveChange?.value))
  const note = useFormFields(([fields]) => fields.changeNote?.value)
  if (!ticked || (typeof note === 'string' && note.trim())) return null
  return (
    <p className="change-note-reminder" role="status" data-testid="change-note-reminder">
      Dopisz notę o zmianie: bez niej publikacja zostanie odrzucona (zmiany zostaną zapisane jako szkic).
    </p>
  )
}
