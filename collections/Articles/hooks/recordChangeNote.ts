import type { CollectionBeforeChangeHook } from 'payload'

import type { Article } from '../../../payload-types'

type ChangeNote = NonNullable<Article['changeNotes']>[number]

/**
 * On publishing with "substantive change" ticked and a note written, appends the note,
 * dated now, and moves contentModifiedAt; then clears both inputs. Drafts keep them
 * until the edit is published, so the date is that of publication.
 */
export const recordChangeNote: CollectionBeforeChangeHook<Article> = ({ data, originalDoc }) => {
  if (data._status !== 'published' || !data.substantiveChange) return data
  const note = typeof data.changeNote === 'string' ? data.changeNote.trim() : ''
  if (!note) return data
  const now = new Date().toISOString()
  const earlier: ChangeNote[] = data.changeNotes ?? originalDoc?.changeNotes ?? []
  return {
    ...data,
    changeNotes: [...earlier, { date: now, note }],
    contentModifiedAt: now,
    substantiveChange: false,
    changeNote: '',
  }
}
