import { createHash } from 'node:crypto'

import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import type { Alert, Article, Category, Session, Vote } from '../../payload-types'
import { formatDate, formatDateTime } from '../dates'
import { paths } from '../routes'
import { SESSION_STATUS_LABELS } from '../sessions/status'
import { SEND_ALERTS_TASK } from './sendAlertsTask'

type NewAlert = Pick<Alert, 'key' | 'kind' | 'title' | 'summary' | 'path'> & { categories?: Category['id'][] }

const idOf = (value: number | Category): Category['id'] => (typeof value === 'object' ? value.id : value)

/**
 * Records the alert and queues its sending, in the transaction of the save that published
 * the item: a publish that fails leaves neither. A key already taken (the item was
 * published before, or this change of a session was announced) queues nothing.
 */
async function announce(alert: NewAlert, req: PayloadRequest): Promise<void> {
  const { payload } = req
  const taken = await payload.count({ collection: 'alerts', where: { key: { equals: alert.key } }, overrideAccess: true, req })
  if (taken.totalDocs > 0) return
  const created = await payload.create({ collection: 'alerts', data: alert, overrideAccess: true, req })
  await payload.jobs.queue({ task: SEND_ALERTS_TASK, input: { alert: String(created.id) }, req })
}

/** Seeds and migrations (context.disableRevalidate) load existing content: no news to announce. */
const quiet = (req: PayloadRequest) => Boolean(req.context.disableAlerts || req.context.disableRevalidate)

const becamePublished = (doc: { _status?: string | null }, previousDoc?: { _status?: string | null }) =>
  doc._status === 'published' && previousDoc?._status !== 'published'

/** Articles and votes: on the move to published (by an editor or the schedule), never on a later save. */
export const alertOnArticlePublish: CollectionAfterChangeHook<Article> = async ({ doc, previousDoc, req }) => {
  if (quiet(req) || !becamePublished(doc, previousDoc)) return doc
  await announce(
    {
      key: `articles:${doc.id}`,
      kind: 'news',
      title: doc.title,
      summary: doc.lead,
      path: paths.article(doc.slug as string),
      categories: (doc.categories ?? []).map(idOf),
    },
    req,
  )
  return doc
}

export const alertOnVotePublish: CollectionAfterChangeHook<Vote> = async ({ doc, previousDoc, req }) => {
  if (quiet(req) || !becamePublished(doc, previousDoc)) return doc
  await announce(
    { key: `votes:${doc.id}`, kind: 'votes', title: doc.title, summary: doc.motion, path: paths.vote(doc.slug as string) },
    req,
  )
  return doc
}

const sessionFacts = (s: Pick<Session, 'startDate' | 'startDatePrecision' | 'place' | 'status'>) =>
  [
    `Termin: ${s.startDatePrecision === 'time' ? formatDateTime(s.startDate) : formatDate(s.startDate, s.startDatePrecision === 'month' ? 'month' : 'day')}.`,
    s.place ? `Miejsce: ${s.place}.` : null,
    `Stan: ${SESSION_STATUS_LABELS[s.status]}.`,
  ]
    .filter(Boolean)
    .join(' ')

const WATCHED_SESSION_FACTS = ['startDate', 'startDatePrecision', 'place', 'status'] as const

/** Sessions (no drafts: saved is public): a new one, or a change of its date, place or state. */
export const alertOnSessionChange: CollectionAfterChangeHook<Session> = async ({ doc, previousDoc, operation, req }) => {
  if (quiet(req)) return doc
  const changed = operation === 'update' && WATCHED_SESSION_FACTS.some((f) => (doc[f] ?? null) !== (previousDoc?.[f] ?? null))
  if (operation !== 'create' && !changed) return doc
  const facts = sessionFacts(doc)
  const state = createHash('sha256').update(facts).digest('base64url').slice(0, 16)
  await announce(
    {
      key: operation === 'create' ? `sessions:${doc.id}:new` : `sessions:${doc.id}:${state}`,
      kind: 'sessions',
      title: operation === 'create' ? doc.name : `Zmiana: ${doc.name}`,
      summary: facts,
      path: paths.session(doc.slug as string),
    },
    req,
  )
  return doc
}
