import { openDataCsv } from '@/lib/openData/openDataResponse'
import { toVoteEvent } from '@/lib/openData/popolo'
import { votesCsv } from '@/lib/openData/votesCsv'
import { publishedVotes } from '@/lib/queries/openData'

export const dynamic = 'force-dynamic'

/** Published council votes, one row each, for spreadsheets. */
export async function GET() {
  const votes = await publishedVotes()
  return openDataCsv(votesCsv(votes.map(toVoteEvent)), 'glosowania.csv')
}
