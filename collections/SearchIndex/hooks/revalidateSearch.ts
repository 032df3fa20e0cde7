import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'
import { revalidateTag } from 'next/cache'

import { SEARCH_CACHE_TAG } from '../../../lib/search/cacheTag'

/** Cached search results are dropped as soon as the index changes. */
function revalidateSearch(req: PayloadRequest) {
  if (req.context.disableRevalidate) return
  try {
    revalidateTag(SEARCH_CACHE_TAG, { expire: 0 })
  } catch (error) {
    // outside a Next.js server (seed, Vitest) there is no cache to drop
    req.payload.logger.debug(`Nie odświeżono wyszukiwarki: ${(error as Error).message.split('\n')[0]}`)
  }
}

export const revalidateSearchAfterChange: CollectionAfterChangeHook = ({ doc, req }) => {
  revalidateSearch(req)
  return doc
}

export const revalidateSearchAfterDelete: CollectionAfterDeleteHook = ({ doc, req }) => {
  revalidateSearch(req)
  return doc
}
