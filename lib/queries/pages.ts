import { cache } from 'react'

import type { Page } from '@/payload-types'

import { payloadClient } from '../payload'

export const getPage = cache(async (slug: string): Promise<Page | null> => {
  const payload = await payloadClient()
  const result = await payload.find({
    collection: 'pages',
    where: { slug: { equals: slug }, _status: { equals: 'published' } },
    limit: 1,
    depth: 1,
    overrideAccess: false,
  })
  return result.docs[0] ?? null
})
