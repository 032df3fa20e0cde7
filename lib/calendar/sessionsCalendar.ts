import { getVtimezoneComponent } from '@touch4it/ical-timezones'
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator'
import { DateTime } from 'luxon'

import type { Organisation, Session } from '@/payload-types'

import { absoluteUrl } from '../absoluteUrl'
import { isoDateInWarsaw } from '../dates'
import { paths } from '../routes'
import { SESSION_STATUS_LABELS } from '../sessions/status'

export const CALENDAR_TIME_ZONE = 'Europe/Warsaw'

/** The agenda as plain text, one numbered item a line, for the event's description. */
function agendaText(session: Session): string {
  const items = (session.agenda ?? []).map((item, i) => {
    const resolution = item.resolutionNumber ? ` (uchwała nr ${item.resolutionNumber})` : ''
    return `${i + 1}. ${item.title}${resolution}`
  })
  return items.length ? `Porządek obrad:\n${items.join('\n')}` : 'Porządek obrad nie został jeszcze opublikowany.'
}

/**
 * The council's sessions as an iCalendar feed (RFC 5545), in Warsaw time: one event per
 * session whose day is known, with its agenda in the description and its page as URL;
 * a cancelled session stays in the feed as a cancelled event, so that calendars that
 * already hold it strike it out. A session known only to the month has no day to put in
 * a calendar and is left out.
 */
export function sessionsCalendar(sessions: Session[]): string {
  const host = new URL(absoluteUrl('/')).hostname
  const calendar = ical({
    name: 'Sesje Rady Miejskiej Konstancin-Jeziorna',
    description: 'Terminy sesji rady i posiedzeń komisji, z porządkiem obrad.',
    prodId: { company: 'Gmina Konstancin-Jeziorna', product: 'portal', language: 'PL' },
    method: ICalCalendarMethod.PUBLISH,
    timezone: { name: CALENDAR_TIME_ZONE, generator: getVtimezoneComponent },
    url: absoluteUrl(paths.sessions()),
    ttl: 60 * 60,
  })
  for (const session of sessions) {
    if (session.startDatePrecision === 'month') continue
    const body = typeof session.body === 'object' ? (session.body as Organisation) : null
    const url = absoluteUrl(paths.session(session.slug))
    const status = session.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED
    const note = session.status === 'moved' ? `Termin sesji został zmieniony.\n\n` : ''
    const allDay = session.startDatePrecision === 'day'
    calendar.createEvent({
      id: `sesja-${session.id}@${host}`,
      summary: session.status === 'cancelled' ? `${SESSION_STATUS_LABELS.cancelled}: ${session.name}` : session.name,
      // An all-day event is a calendar date; a timed one an instant written in Warsaw time. The
      // library writes a native Date in the process's own time zone, so it is given a zoned luxon date.
      start: allDay
        ? DateTime.fromISO(isoDateInWarsaw(session.startDate), { zone: CALENDAR_TIME_ZONE })
        : DateTime.fromISO(session.startDate, { zone: CALENDAR_TIME_ZONE }),
      allDay,
      timezone: CALENDAR_TIME_ZONE,
      location: session.place ?? undefined,
      description: `${note}${agendaText(session)}\n\n${body ? `${body.name}. ` : ''}Strona sesji: ${url}`,
      url,
      status,
      stamp: new Date(session.updatedAt),
      lastModified: new Date(session.updatedAt),
    })
  }
  return calendar.toString()
}
