import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { ChangeMarker } from '../../lib/changeMarker'

/**
 * Hooks that tell a cache kept in the proxy's bundle that a collection changed (see
 * lib/changeMarker.ts). They mark even when revalidation is off (seed, tests): these
 * caches live in the process, not in Next.
 */
export function markChangedHooks(marker: ChangeMarker): {
  afterChange: CollectionAfterChangeHook
  afterDelete: CollectionAfterDeleteHook
} {
  return {
    afterChange: ({ doc }) => {
      marker.mark()
      return doc
    },
    afterDelete: ({ doc }) => {
      marker.mark()
      return doc
    },
  }
}
