import { sessionsCalendar } from '@/lib/calendar/sessionsCalendar'
import { allSessions } from '@/lib/queries/sessions'

// Read on request: `next build` reads no database, and a changed session is in the feed at once.
export const dynamic = 'force-dynamic'

/** The council's sessions for calendar apps (iCalendar). */
export async function GET() {
  return new Response(sessionsCalendar(await allSessions()), {
    headers: {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': 'inline; filename="sesje-rady.ics"',
      'access-control-allow-origin': '*',
    },
  })
}
