import { cache } from 'react'

import type { Category } from '@/payload-types'

import { payloadClient } from '../payload'

export const getCategory = cache(async (slug: string): Promise<Category | null> => {
  const payload = await payloadClient()
  const result = await payload.find({
    collection: 'categories',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    overrideAccess: false,
  })
  return result.docs[0] ?? null
})

export const listCategories = cache(async () => {
  const payload = await payloadClient()
  const result = await payload.find({
    collection: 'categories',
    sort: 'title',
    limit: 100,
    depth: 0,
    select: { title: true, slug: true },
    overrideAccess: false,
  })
  return result.docs
})
