import { cache } from 'react'

import type { Vote } from '@/payload-types'

import { payloadClient } from '../payload'

export const VOTES_PER_PAGE = 50

/** A page of published votes, newest first; null when the page does not exist. */
export const listVotes = cache(async (page: number, limit = VOTES_PER_PAGE) => {
  const payload = await payloadClient()
  const result = await payload.find({
    collection: 'votes',
    where: { _status: { equals: 'published' } },
    sort: '-startDate',
    page,
    limit,
    depth: 1,
    overrideAccess: false,
  })
  if (page > 1 && page > result.totalPages) return null
  return result
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
