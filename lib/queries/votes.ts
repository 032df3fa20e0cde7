import { cache } from 'react'

import type { Vote } from '@/payload-types'

import { payloadClient } from '../payload'

export const listVotes = cache(async (limit = 50) => {
  const payload = await payloadClient()
  const result = await payload.find({
    collection: 'votes',
    where: { _status: { equals: 'published' } },
    sort: '-startDate',
    limit,
    depth: 1,
    overrideAccess: false,
  })
  return result.docs
})

export const getVote = cache(async (slug: string): Promise<Vote | null> => {
  const payload = await payloadClient()
  const result = await payload.find({
    collection: 'votes',
    where: { slug: { equals: slug }, _status: { equals: 'published' } },
    limit: 1,
    depth: 2,
    overrideAccess: false,
  })
  return result.docs[0] ?? null
})
