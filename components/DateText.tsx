import { type DatePrecision, formatDate } from '@/lib/dates'

type Props = { value: string | null | undefined; precision?: DatePrecision | null }

/** A date in Polish ("2 grudnia 2024") with a machine-readable dateTime. */
export function DateText({ value, precision }: Props) {
  if (!value) return null
  return <time dateTime={value}>{formatDate(value, precision ?? 'day')}</time>
}
