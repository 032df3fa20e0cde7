import { openDataJson } from '@/lib/openData/openDataResponse'
import { toVoteEvent, votersOf } from '@/lib/openData/popolo'
import { publishedVotes } from '@/lib/queries/openData'

// Read on request: `next build` reads no database, and a published vote appears at once.
export const dynamic = 'force-dynamic'

/** Published council votes as Popolo vote events, with the councillors named in roll calls. */
export async function GET() {
  const votes = await publishedVotes()
  return openDataJson({ vote_events: votes.map(toVoteEvent), persons: votersOf(votes) })
}
