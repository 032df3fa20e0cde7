import type { Session } from '@/payload-types'
import { formatSessionDate, sessionDateTimeAttribute } from '@/lib/sessions/sessionDate'

/** When a session starts, in Polish, as precisely as it is known. */
export function SessionDate({ session }: { session: Pick<Session, 'startDate' | 'startDatePrecision'> }) {
  return <time dateTime={sessionDateTimeAttribute(session)}>{formatSessionDate(session)}</time>
}
