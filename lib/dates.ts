/** The portal's time zone: public dates and every time an editor reads or picks in the admin. */
export const TIME_ZONE = 'Europe/Warsaw'

const dayFormat = new Intl.DateTimeFormat('pl-PL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: TIME_ZONE,
})

const monthFormat = new Intl.DateTimeFormat('pl-PL', {
  month: 'long',
  year: 'numeric',
  timeZone: TIME_ZONE,
})

export type DatePrecision = 'day' | 'month'

/** "2 grudnia 2024", or "październik 2024" when only the month is known. */
export function formatDate(value: string | Date, precision: DatePrecision = 'day'): string {
  const date = typeof value === 'string' ? new Date(value) : value
  return (precision === 'month' ? monthFormat : dayFormat).format(date)
}

/** The calendar date in Warsaw, as YYYY-MM-DD, for <time dateTime>. */
export function isoDateInWarsaw(value: string | Date): string {
  const date = typeof value === 'string' ? new Date(value) : value
  return new Intl.DateTimeFormat('sv-SE', { timeZone: TIME_ZONE }).format(date)
}

/** Midnight of a Warsaw calendar date, as an ISO instant ("2024-12-02" → "2024-12-01T23:00:00.000Z"). */
export function warsawMidnight(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number)
  const utcGuess = Date.UTC(y, m - 1, d)
  const offsetMinutes = warsawOffsetMinutes(new Date(utcGuess))
  return new Date(utcGuess - offsetMinutes * 60_000).toISOString()
}

function warsawOffsetMinutes(date: Date): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: TIME_ZONE, timeZoneName: 'longOffset' })
    .formatToParts(date)
    .find((p) => p.type === 'timeZoneName')?.value
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '')
  if (!match) return 0
  const minutes = Number(match[2]) * 60 + Number(match[3])
  return match[1] === '-' ? -minutes : minutes
}

const dateTimeFormat = new Intl.DateTimeFormat('pl-PL', { dateStyle: 'long', timeStyle: 'short', timeZone: TIME_ZONE })

/** "2 grudnia 2024 14:30", Warsaw time. */
export function formatDateTime(value: string | Date): string {
  return dateTimeFormat.format(typeof value === 'string' ? new Date(value) : value)
}
