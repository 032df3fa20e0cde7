import type { PayloadRequest } from 'payload'

import type { VotingBody } from '../../../lib/votes/votingBody'

/** The voting body a vote points to (an id or a populated document), or null when there is none. */
export async function votingBody(req: PayloadRequest, organization: unknown): Promise<VotingBody | null> {
  if (organization === null || organization === undefined || organization === '') return null
  if (typeof organization === 'object') {
    const populated = organization as VotingBody & { id?: unknown }
    if ('classification' in populated) return populated
    organization = populated.id
  }
  if (typeof organization !== 'string' && typeof organization !== 'number') return null
  return req.payload.findByID({
    collection: 'organisations',
    id: organization,
    depth: 0,
    req,
    disableErrors: true,
  })
}

/** The number of seats of the voting body, or null when it is unknown. */
export async function councilSeats(req: PayloadRequest, organization: unknown): Promise<number | null> {
  const seats = (await votingBody(req, organization))?.seats
  return typeof seats === 'number' ? seats : null
}
