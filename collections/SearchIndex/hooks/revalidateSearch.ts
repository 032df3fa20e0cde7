import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { searchIndexChanged } from '../../../lib/search/searchIndexChanged'

/**
 * Cached search results and pages are dropped as soon as the index changes. Also when
 * revalidation is turned off (seed, tests): these caches live in this process, not in Next.
 */
export const revalidateSearchAfterChange: CollectionAfterChangeHook = ({ doc }) => {
  searchIndexChanged.mark()
  return doc
}

export const revalidateSearchAfterDelete: CollectionAfterDeleteHook = ({ doc }) => {
  searchIndexChanged.mark()
  return doc
}
