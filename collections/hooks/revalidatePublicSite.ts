import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook, PayloadRequest } from 'payload'
import { revalidatePath } from 'next/cache'

/**
 * Public pages are cached; after any change they are refreshed on the next request.
 * Seeds and tests pass `context.disableRevalidate`; outside a Next.js server
 * (scripts, Vitest) there is no cache to refresh, and the call is skipped.
 */
export function revalidatePublicSite(req: PayloadRequest): void {
  if (req.context.disableRevalidate) return
  try {
    revalidatePath('/', 'layout')
  } catch (error) {
    req.payload.logger.debug(`Nie odświeżono stron: ${(error as Error).message.split('\n')[0]}`)
  }
}

export const revalidateAfterChange: CollectionAfterChangeHook = ({ doc, req }) => {
  revalidatePublicSite(req)
  return doc
}

export const revalidateAfterDelete: CollectionAfterDeleteHook = ({ doc, req }) => {
  revalidatePublicSite(req)
  return doc
}

export const revalidateAfterGlobalChange: GlobalAfterChangeHook = ({ doc, req }) => {
  revalidatePublicSite(req)
  return doc
}
