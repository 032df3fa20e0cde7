import { formatDate, isoDateInWarsaw } from '../dates'
import type { SessionDatePrecision } from './status'

const hourFormat = new Intl.DateTimeFormat('pl-PL', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Warsaw' })

type Dated = { startDate: string; startDatePrecision?: SessionDatePrecision | null }

/** "15 października 2024, godz. 10:00"; "15 października 2024"; "październik 2024" when only the month is known. */
export function formatSessionDate({ startDate, startDatePrecision }: Dated): string {
  const precision = startDatePrecision ?? 'time'
  if (precision === 'month') return formatDate(startDate, 'month')
  if (precision === 'day') return formatDate(startDate)
  return `${formatDate(startDate)}, godz. ${hourFormat.format(new Date(startDate))}`
}

/** The machine-readable form for <time dateTime>: as precise as what is known. */
export function sessionDateTimeAttribute({ startDate, startDatePrecision }: Dated): string {
  const precision = startDatePrecision ?? 'time'
  if (precision === 'month') return isoDateInWarsaw(startDate).slice(0, 7)
  if (precision === 'day') return isoDateInWarsaw(startDate)
  return new Date(startDate).toISOString()
}

/**
 * Whether a session is still ahead: its Warsaw day (or month, when only the month is known)
 * is today or later.
 */
export function isUpcoming({ startDate, startDatePrecision }: Dated, now: Date = new Date()): boolean {
  const day = isoDateInWarsaw(startDate)
  const today = isoDateInWarsaw(now)
  return startDatePrecision === 'month' ? day.slice(0, 7) >= today.slice(0, 7) : day >= today
}
