import { cache } from 'react'

import { payloadClient } from '../payload'

/** Where an old path now lives, or null. */
export const findRedirect = cache(async (fromPath: string): Promise<string | null> => {
  const payload = await payloadClient()
  const result = await payload.find({
    collection: 'redirects',
    where: { from: { equals: fromPath } },
    limit: 1,
    depth: 0,
    overrideAccess: false,
  })
  return result.docs[0]?.to ?? null
})
