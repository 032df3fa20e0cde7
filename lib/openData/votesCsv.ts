import { VOTE_OPTIONS } from '../votes/options'
import type { VoteEvent } from './popolo'
import { spreadsheetCsv } from './spreadsheetCsv'

export const VOTES_CSV_COLUMNS = [
  'id',
  'identifier',
  'title',
  'organization_id',
  'legislative_session',
  'start_date',
  'motion',
  'result',
  ...VOTE_OPTIONS,
  'url',
] as const

/** One row per vote event (the roll call stays in the JSON). */
export function votesCsv(events: VoteEvent[]): string {
  const rows = events.map((e) => {
    const counts = Object.fromEntries(e.counts.map((c) => [c.option, c.value]))
    return {
      ...e,
      legislative_session: e.legislative_session ?? '',
      motion: e.motion.text,
      ...counts,
    }
  })
  return spreadsheetCsv(rows, VOTES_CSV_COLUMNS)
}
