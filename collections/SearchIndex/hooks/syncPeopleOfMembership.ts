import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { Membership } from '../../../payload-types'
import { syncSearchEntry } from './syncSearchEntry'

const idOf = (value: unknown) =>
  value && typeof value === 'object' ? (value as { id: number | string }).id : (value as number | string | null)

/** People a membership names: a person who is the member, and the representative. */
function peopleIn(membership: Partial<Membership> | undefined): Array<number | string> {
  if (!membership) return []
  const member = membership.member?.relationTo === 'people' ? idOf(membership.member.value) : null
  return [member, idOf(membership.representative)].filter((id): id is number | string => id !== null && id !== undefined)
}

/** A person's search result links to an organisation found through memberships; keep it current. */
export const syncPeopleAfterMembershipChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  for (const id of new Set([...peopleIn(doc), ...peopleIn(previousDoc)])) await syncSearchEntry('people', id, req)
  return doc
}

export const syncPeopleAfterMembershipDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  for (const id of new Set(peopleIn(doc))) await syncSearchEntry('people', id, req)
  return doc
}
