import { openDataJson } from '@/lib/openData/openDataResponse'
import { toEvent } from '@/lib/openData/popolo'
import { allSessions } from '@/lib/queries/sessions'

// Read on request: `next build` reads no database, and a changed session is in the file at once.
export const dynamic = 'force-dynamic'

/** Council sessions as Popolo events, with their agendas. */
export async function GET() {
  return openDataJson({ events: (await allSessions()).map(toEvent) })
}
