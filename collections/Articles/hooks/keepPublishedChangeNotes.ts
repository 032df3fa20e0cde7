import type { CollectionBeforeChangeHook } from 'payload'

import type { Article } from '../../../payload-types'

type ChangeNote = NonNullable<Article['changeNotes']>[number]

const sameNote = (a: ChangeNote, b: ChangeNote) => a.note === b.note && new Date(a.date).getTime() === new Date(b.date).getTime()

/**
 * Corrections stay on the record: a note once published is never dropped by a later save,
 * least of all by restoring an older version that predates it (its changeNotes lack the note).
 * The published document's notes missing from the incoming data are put back, by date, and the
 * date of the last substantive change never moves back.
 */
export const keepPublishedChangeNotes: CollectionBeforeChangeHook<Article> = async ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update' || !originalDoc?.id || !('changeNotes' in data || req.context.isRestoringVersion)) return data
  const published = await req.payload.findByID({
    collection: 'articles',
    id: originalDoc.id,
    depth: 0,
    draft: false,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  if (published?._status !== 'published') return data
  const publishedNotes = published.changeNotes ?? []
  const incoming: ChangeNote[] = data.changeNotes ?? []
  const missing = publishedNotes.filter((note) => !incoming.some((kept) => sameNote(kept, note)))
  const latestChange = [data.contentModifiedAt, published.contentModifiedAt]
    .filter((date): date is string => typeof date === 'string' && date !== '')
    .sort()
    .at(-1)
  if (missing.length === 0 && latestChange === (data.contentModifiedAt ?? undefined)) return data
  const changeNotes = [...incoming, ...missing.map(({ date, note }) => ({ date, note }))].sort(
    (a, b) => new Date(a.date).getTime() - new Date(b.date).getTime(),
  )
  return { ...data, changeNotes, contentModifiedAt: latestChange ?? data.contentModifiedAt }
}
