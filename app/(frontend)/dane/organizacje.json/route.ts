import { openDataJson } from '@/lib/openData/openDataResponse'
import { toMembership, toOrganization } from '@/lib/openData/popolo'
import { organisationsWithMemberships } from '@/lib/queries/openData'

export const dynamic = 'force-dynamic'

/** Organisations and memberships as Popolo organizations and memberships. */
export async function GET() {
  const { organisations, memberships } = await organisationsWithMemberships()
  return openDataJson({ organizations: organisations.map(toOrganization), memberships: memberships.map(toMembership) })
}
