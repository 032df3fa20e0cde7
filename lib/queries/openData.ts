import { payloadClient } from '../payload'

/** Every published council vote with its council and roll call populated, newest first. */
export async function publishedVotes() {
  const payload = await payloadClient()
  const result = await payload.find({
    collection: 'votes',
    where: { _status: { equals: 'published' } },
    sort: '-startDate',
    pagination: false,
    depth: 1,
    overrideAccess: false,
  })
  return result.docs
}

/** Every organisation and every membership, with members' names populated. */
export async function organisationsWithMemberships() {
  const payload = await payloadClient()
  const [organisations, memberships] = await Promise.all([
    payload.find({ collection: 'organisations', sort: 'name', pagination: false, depth: 0, overrideAccess: false }),
    payload.find({ collection: 'memberships', sort: 'startDate', pagination: false, depth: 1, overrideAccess: false }),
  ])
  return { organisations: organisations.docs, memberships: memberships.docs }
}
