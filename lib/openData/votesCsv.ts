import { stringify } from 'csv-stringify/sync'

import { VOTE_OPTIONS } from '../votes/options'
import type { VoteEvent } from './popolo'

/** Excel reads a UTF-8 file as UTF-8 (Polish letters intact) only when it starts with a BOM. */
const BYTE_ORDER_MARK = '\uFEFF'

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

/** One row per vote event (the roll call stays in the JSON), written by csv-stringify. */
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
  return BYTE_ORDER_MARK + stringify(rows, { header: true, columns: [...VOTES_CSV_COLUMNS], record_delimiter: 'windows' })
}
