import type { PayloadRequest } from 'payload'

/** The number of seats of the voting body, or null when it is unknown. */
export async function councilSeats(req: PayloadRequest, organization: unknown): Promise<number | null> {
  if (organization === null || organization === undefined || organization === '') return null
  if (typeof organization === 'object') {
    const seats = (organization as { seats?: number | null }).seats
    if (typeof seats === 'number') return seats
    organization = (organization as { id?: unknown }).id
  }
  if (typeof organization !== 'string' && typeof organization !== 'number') return null
  const doc = await req.payload.findByID({
    collection: 'organisations',
    id: organization,
    depth: 0,
    req,
    disableErrors: true,
  })
  return typeof doc?.seats === 'number' ? doc.seats : null
}
