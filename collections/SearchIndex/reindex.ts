import type { PayloadRequest } from 'payload'

import { type SyncOutcome, syncSearchEntry } from './hooks/syncSearchEntry'
import { SEARCHED_COLLECTIONS } from './sources'

/**
 * Brings every index entry in line with the documents (e.g. for a database that existed
 * before the search did). Entries that are already right are not written again, so a
 * second run changes nothing.
 */
export async function reindexAll(req: PayloadRequest): Promise<Record<SyncOutcome, string[]>> {
  const outcomes: Record<SyncOutcome, string[]> = { created: [], updated: [], deleted: [], unchanged: [] }
  for (const collection of SEARCHED_COLLECTIONS) {
    const { docs } = await req.payload.find({
      collection,
      depth: 0,
      pagination: false,
      select: { slug: true },
      req,
      overrideAccess: true,
    })
    for (const { id } of docs) outcomes[await syncSearchEntry(collection, id, req)].push(`${collection}:${id}`)
  }
  return outcomes
}
