import type { Membership, Organisation } from '@/payload-types'

import { DateText } from './DateText'

/** "radny, Rada Miejska Konstancin-Jeziorna, od 7 maja 2024" – one line per seat. */
export function CouncilSeatText({ seat }: { seat: Membership }) {
  const body = typeof seat.organization === 'object' ? (seat.organization as Organisation) : null
  return (
    <>
      {seat.role || 'członek'}
      {body ? `, ${body.name}` : null}
      {seat.startDate ? (
        <>
          , od <DateText value={seat.startDate} />
        </>
      ) : null}
      {seat.endDate ? (
        <>
          {' '}
          do <DateText value={seat.endDate} />
        </>
      ) : null}
    </>
  )
}
