import type { Payload, PayloadRequest } from 'payload'

/** Collections whose "create new" saves a draft at once (autosave): an untitled one is abandoned. */
export const AUTOSAVED_COLLECTIONS = ['articles', 'pages'] as const
type AutosavedCollection = (typeof AUTOSAVED_COLLECTIONS)[number]

/** How long an untitled draft is left alone: an officer may still be on its page. */
export const ABANDONED_AFTER_MS = 60 * 60 * 1000

const untitled = { or: [{ title: { exists: false } }, { title: { equals: '' } }] }

/**
 * Deletes drafts that were never published and never given a title, last changed before
 * `olderThan`: what "Stwórz nowy" leaves behind when the officer goes away without typing.
 * Returns how many were deleted.
 */
export async function removeAbandonedDrafts(
  payload: Payload,
  { olderThan, req }: { olderThan: Date; req?: PayloadRequest },
): Promise<number> {
  let removed = 0
  for (const collection of AUTOSAVED_COLLECTIONS) {
    const { docs } = await payload.find({
      collection,
      where: { and: [untitled, { _status: { not_equals: 'published' } }, { updatedAt: { less_than: olderThan.toISOString() } }] },
      depth: 0,
      limit: 100,
      pagination: false,
      overrideAccess: true,
      req,
    })
    for (const doc of docs) {
      if (await hasTitleInLatestVersion(payload, collection, doc.id, olderThan, req)) continue
      await payload.delete({ collection, id: doc.id, overrideAccess: true, req })
      removed += 1
    }
  }
  return removed
}

/** An autosaved title lives only in the versions; a draft edited recently is not abandoned either. */
async function hasTitleInLatestVersion(
  payload: Payload,
  collection: AutosavedCollection,
  id: number | string,
  olderThan: Date,
  req?: PayloadRequest,
): Promise<boolean> {
  const latest = await payload.findByID({ collection, id, draft: true, depth: 0, overrideAccess: true, req, disableErrors: true })
  if (!latest) return true
  return Boolean(latest.title) || new Date(latest.updatedAt) >= olderThan
}
