// Any machine time zone must give the same file: the calendar is written in Warsaw time.
process.env.TZ = 'America/New_York'

import ical, { type VEvent } from 'node-ical'
import { describe, expect, it } from 'vitest'

import type { Session } from '@/payload-types'
import { sessionsCalendar } from '@/lib/calendar/sessionsCalendar'

const council = { id: 1, name: 'Rada Miejska Konstancin-Jeziorna', slug: 'rada', classification: 'council' }

const session = (overrides: Partial<Session>): Session =>
  ({
    id: 1,
    name: 'LXX sesja Rady Miejskiej',
    slug: 'lxx-sesja-rady-miejskiej',
    body: council,
    startDate: '2025-01-30T09:00:00.000Z', // 10:00 in Warsaw (winter time)
    startDatePrecision: 'time',
    place: 'Sala konferencyjna, ul. Piaseczyńska 77',
    status: 'planned',
    agenda: [
      { id: 'a', title: 'Otwarcie sesji' },
      { id: 'b', title: 'Uchwała budżetowa na 2025 rok', resolutionNumber: '107/VII/9/2015' },
    ],
    updatedAt: '2025-01-20T12:00:00.000Z',
    createdAt: '2025-01-10T12:00:00.000Z',
    ...overrides,
  }) as Session

/** node-ical gives URL;VALUE=URI as { params, val }. */
const urlOf = (event: VEvent) => {
  const url = event.url as unknown
  return typeof url === 'object' && url !== null ? String((url as { val: unknown }).val) : String(url)
}

const parse = (text: string) =>
  Object.values(ical.sync.parseICS(text)).filter((c): c is VEvent => c?.type === 'VEVENT')

describe('the sessions calendar (.ics), read back by an iCalendar parser', () => {
  const text = sessionsCalendar([
    session({}),
    session({ id: 2, name: 'LXXI sesja', slug: 'lxxi-sesja', status: 'cancelled', startDate: '2025-07-03T14:30:00.000Z' }),
    session({ id: 3, name: 'Sesja jednodniowa', slug: 'sesja-jednodniowa', startDatePrecision: 'day', startDate: '2025-03-11T23:00:00.000Z' }),
    session({ id: 4, name: 'Sesja październikowa 2024', slug: 'sesja-pazdziernikowa-2024', startDatePrecision: 'month', startDate: '2024-09-30T22:00:00.000Z', status: 'held' }),
  ])
  const events = parse(text)
  const byName = (name: string) => events.find((e) => String(e.summary).includes(name))!

  it('is an iCalendar file in Warsaw time with one event per session whose day is known', () => {
    expect(text.startsWith('BEGIN:VCALENDAR')).toBe(true)
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Warsaw')
    expect(events).toHaveLength(3)
    expect(new Set(events.map((e) => e.uid)).size).toBe(3)
  })

  it('puts the start at the right instant, written in Warsaw local time', () => {
    const planned = byName('LXX sesja Rady Miejskiej')
    expect(planned.start.toISOString()).toBe('2025-01-30T09:00:00.000Z')
    expect(text).toContain('DTSTART;TZID=Europe/Warsaw:20250130T100000')
    const summer = byName('LXXI sesja')
    expect(summer.start.toISOString()).toBe('2025-07-03T14:30:00.000Z')
    expect(text).toContain('DTSTART;TZID=Europe/Warsaw:20250703T163000')
  })

  it('gives the agenda in the description, the session page as URL, and the place', () => {
    const planned = byName('LXX sesja Rady Miejskiej')
    expect(planned.description).toContain('1. Otwarcie sesji')
    expect(planned.description).toContain('2. Uchwała budżetowa na 2025 rok (uchwała nr 107/VII/9/2015)')
    expect(urlOf(planned)).toMatch(/\/sesje\/lxx-sesja-rady-miejskiej$/)
    expect(planned.location).toBe('Sala konferencyjna, ul. Piaseczyńska 77')
    expect(planned.status).toBe('CONFIRMED')
  })

  it('keeps a cancelled session as a cancelled event', () => {
    const cancelled = byName('LXXI sesja')
    expect(cancelled.status).toBe('CANCELLED')
    expect(cancelled.summary).toBe('Odwołana: LXXI sesja')
  })

  it('makes a session known to the day an all-day event on its Warsaw date', () => {
    const allDay = byName('Sesja jednodniowa')
    expect(allDay.datetype).toBe('date')
    expect(text).toContain('DTSTART;VALUE=DATE:20250312')
  })
})
