import Link from 'next/link'

import type { Organisation, Session } from '@/payload-types'
import { paths } from '@/lib/routes'
import { SESSION_STATUS_LABELS } from '@/lib/sessions/status'

import { SessionDate } from './SessionDate'

/** Sessions as cards: name, when, where, which body, and the state when it is not the usual one. */
export function SessionList({ sessions, headingLevel = 3 }: { sessions: Session[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <ul className="card-list">
      {sessions.map((session) => {
        const body = typeof session.body === 'object' ? (session.body as Organisation) : null
        return (
          <li key={session.id} className="card">
            <Heading className="card__title">
              <Link href={paths.session(session.slug)}>{session.name}</Link>
            </Heading>
            <p className="card__meta">
              <SessionDate session={session} />
              {session.place ? ` · ${session.place}` : null}
              {body ? ` · ${body.name}` : null}
              {' · '}
              <span className={`session-status session-status--${session.status}`}>
                {SESSION_STATUS_LABELS[session.status]}
              </span>
            </p>
          </li>
        )
      })}
    </ul>
  )
}
