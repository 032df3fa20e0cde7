import { cache } from 'react'

import type { Organisation } from '@/payload-types'

import { payloadClient } from '../payload'

export const ORGANISATIONS_PER_PAGE = 100

/** A page of organisations by name; null when the page does not exist. */
export const listOrganisations = cache(async (page: number) => {
  const payload = await payloadClient()
  const result = await payload.find({
    collection: 'organisations',
    sort: 'name',
    page,
    limit: ORGANISATIONS_PER_PAGE,
    depth: 0,
    overrideAccess: false,
  })
  if (page > 1 && page > result.totalPages) return null
  return result
})

export const getOrganisation = cache(async (slug: string): Promise<Organisation | null> => {
  const payload = await payloadClient()
  const result = await payload.find({
    collection: 'organisations',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 1,
    overrideAccess: false,
  })
  return result.docs[0] ?? null
})

/** Memberships in the organisation (its members), oldest first. */
export const membersOf = cache(async (organisationId: number | string) => {
  const payload = await payloadClient()
  const result = await payload.find({
    collection: 'memberships',
    where: { organization: { equals: organisationId } },
    sort: ['startDate', 'title'],
    limit: 500,
    depth: 2,
    overrideAccess: false,
  })
  return result.docs
})

/** Memberships the organisation itself holds in other organisations. */
export const membershipsHeldBy = cache(async (organisationId: number | string) => {
  const payload = await payloadClient()
  const result = await payload.find({
    collection: 'memberships',
    where: {
      and: [{ 'member.relationTo': { equals: 'organisations' } }, { 'member.value': { equals: organisationId } }],
    },
    sort: 'startDate',
    limit: 100,
    depth: 2,
    overrideAccess: false,
  })
  return result.docs
})

/** Memberships that a council vote was the ground for (e.g. joining an association). */
export const membershipsGroundedOn = cache(async (voteId: number | string) => {
  const payload = await payloadClient()
  const result = await payload.find({
    collection: 'memberships',
    where: { vote: { equals: voteId } },
    sort: 'startDate',
    limit: 50,
    depth: 1,
    overrideAccess: false,
  })
  return result.docs
})
