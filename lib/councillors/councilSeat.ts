import type { Membership } from '../../payload-types'

/** Council bodies: a councillor is a person with a membership in one of these. */
export const COUNCIL_CLASSIFICATIONS = ['council', 'committee'] as const

/**
 * True when the membership (organisation populated) is the person's own seat in the council
 * or one of its committees, not e.g. her representing the municipality elsewhere.
 */
export function isCouncilSeat(membership: Membership, personId?: number | string): boolean {
  const organisation = membership.organization
  if (!organisation || typeof organisation !== 'object') return false
  if (!(COUNCIL_CLASSIFICATIONS as readonly string[]).includes(organisation.classification)) return false
  if (membership.member.relationTo !== 'people') return false
  if (personId === undefined) return true
  const member = membership.member.value
  return (typeof member === 'object' ? member.id : member) === personId
}
