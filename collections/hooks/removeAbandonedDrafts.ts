import type { CollectionAfterOperationHook } from 'payload'

import { ABANDONED_AFTER_MS, removeAbandonedDrafts } from '../../lib/drafts/removeAbandonedDrafts'

/**
 * Each new article or page first clears the untitled drafts earlier "Stwórz nowy" clicks left
 * behind (older than an hour), so that they do not pile up in the lists and on the dashboard.
 */
export const removeAbandonedDraftsOnCreate: CollectionAfterOperationHook = async ({ operation, req, result }) => {
  if (operation !== 'create') return result
  try {
    await removeAbandonedDrafts(req.payload, { olderThan: new Date(Date.now() - ABANDONED_AFTER_MS), req })
  } catch (error) {
    // Housekeeping never stops the officer's new document.
    req.payload.logger.warn({ err: error }, 'Nie udało się usunąć porzuconych szkiców')
  }
  return result
}
