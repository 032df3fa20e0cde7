import { isUpcoming } from './sessionDate'

type Dated = { startDate: string; startDatePrecision?: 'time' | 'day' | 'month' | null }

/** Sessions still ahead, soonest first, then those past, latest first. */
export function upcomingThenPast<T extends Dated>(sessions: T[], now: Date = new Date()): T[] {
  const time = (s: T) => new Date(s.startDate).getTime()
  const upcoming = sessions.filter((s) => isUpcoming(s, now)).sort((a, b) => time(a) - time(b))
  const past = sessions.filter((s) => !isUpcoming(s, now)).sort((a, b) => time(b) - time(a))
  return [...upcoming, ...past]
}
