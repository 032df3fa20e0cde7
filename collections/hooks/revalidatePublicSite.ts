import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook } from 'payload'

import { pagesShowing } from '../../lib/revalidation/pagesShowing'
import { revalidate } from '../../lib/revalidation/revalidate'
import { EVERY_PAGE } from '../../lib/revalidation/revalidateNow'

/** Refreshes exactly the cached pages that showed the document before or show it now. */
export const revalidateAfterChange: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, req }) => {
  if (req.context.disableRevalidate) return doc
  await revalidate(await pagesShowing({ collection: collection.slug, doc, previousDoc }, req), req)
  return doc
}

export const revalidateAfterDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  if (req.context.disableRevalidate) return doc
  await revalidate(await pagesShowing({ collection: collection.slug, doc }, req), req)
  return doc
}

/** Site settings appear in the header and footer of every page. */
export const revalidateAfterGlobalChange: GlobalAfterChangeHook = async ({ doc, req }) => {
  await revalidate([EVERY_PAGE], req)
  return doc
}
