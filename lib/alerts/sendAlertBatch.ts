import type { Payload, Where } from 'payload'

import type { Alert, AlertDelivery, Subscription } from '../../payload-types'
import { env } from '../env'
import { alertMessage } from './messages'
import { failureText, isTemporaryFailure } from './smtpFailure'
import { unsubscribeToken } from './tokens'

/** Messages per job: a job stays short, so one stalled by a crash is told apart (releaseStalledAlertJobs). */
export const ALERT_BATCH_SIZE = 25

const local = { overrideAccess: true, depth: 0 } as const

export type BatchReport = { sent: number; retry: number; failed: number; skipped: number }

/** Confirmed before the item was published, and following its kind or one of its categories. */
function followers(alert: Alert): Where {
  const categories = (alert.categories ?? []).map((c) => (typeof c === 'object' ? c.id : c))
  const follows: Where[] = [{ [alert.kind]: { equals: true } }]
  if (alert.kind === 'news' && categories.length > 0) follows.push({ categories: { in: categories } })
  return { and: [{ confirmedAt: { less_than_equal: alert.createdAt } }, { or: follows }] }
}

type Claim = { delivery: AlertDelivery } | null

/**
 * Claims the message to one subscriber. A new record with the unique key is the claim: of
 * two senders (instances, a job run twice) one creates it, the other fails and skips. A
 * record `retry` is claimed again; `sending` (a crash mid-send: maybe delivered), `sent`
 * and `failed` are left alone, so nothing is ever sent twice.
 */
async function claim(payload: Payload, alert: Alert, subscription: Subscription): Promise<Claim> {
  const key = `${alert.id}:${subscription.id}`
  const found = (await payload.find({ collection: 'alert-deliveries', where: { key: { equals: key } }, limit: 1, ...local })).docs[0]
  if (found) {
    if (found.status !== 'retry') return null
    const delivery = await payload.update({
      collection: 'alert-deliveries',
      id: found.id,
      data: { status: 'sending', attempts: (found.attempts ?? 0) + 1 },
      ...local,
    })
    return { delivery }
  }
  try {
    const delivery = await payload.create({
      collection: 'alert-deliveries',
      data: { key, alert: alert.id, subscription: String(subscription.id), status: 'sending', attempts: 1 },
      ...local,
    })
    return { delivery }
  } catch {
    return null // the key is taken: another sender has it
  }
}

/**
 * Sends one alert to the next ALERT_BATCH_SIZE followers after `after` (by id), each in its
 * own claimed delivery record, and queues the batch after it (once, on the job's first try).
 * Each record is committed before its message leaves: a crash or restart at any point sends
 * nothing twice.
 */
export async function sendAlertBatch(
  payload: Payload,
  input: { alert: string; after?: string | null },
  options: { queueNextBatch: boolean },
): Promise<BatchReport> {
  const report: BatchReport = { sent: 0, retry: 0, failed: 0, skipped: 0 }
  const alert = (await payload.find({ collection: 'alerts', where: { id: { equals: input.alert } }, limit: 1, ...local })).docs[0]
  if (!alert) return report

  const where: Where = input.after ? { and: [followers(alert), { id: { greater_than: input.after } }] } : followers(alert)
  const batch = await payload.find({ collection: 'subscriptions', where, sort: 'id', limit: ALERT_BATCH_SIZE, pagination: false, ...local })

  if (options.queueNextBatch && batch.docs.length === ALERT_BATCH_SIZE) {
    await payload.jobs.queue({ task: 'sendAlerts', input: { alert: String(alert.id), after: String(batch.docs.at(-1)?.id) } })
  }

  const site = env().siteUrl
  for (const subscription of batch.docs) {
    const claimed = await claim(payload, alert, subscription)
    if (!claimed) {
      report.skipped++
      continue
    }
    const { delivery } = claimed
    try {
      await payload.sendEmail(alertMessage(site, subscription.email, alert, unsubscribeToken(payload.secret, subscription.id)))
      await payload.update({ collection: 'alert-deliveries', id: delivery.id, data: { status: 'sent', sentAt: new Date().toISOString(), lastError: null }, ...local })
      report.sent++
    } catch (error) {
      const temporary = isTemporaryFailure(error)
      await payload.update({
        collection: 'alert-deliveries',
        id: delivery.id,
        data: { status: temporary ? 'retry' : 'failed', lastError: failureText(error) },
        ...local,
      })
      if (temporary) report.retry++
      else report.failed++
      payload.logger.warn(`Powiadomienia: wiadomość ${delivery.key} ${temporary ? 'do ponowienia' : 'odrzucona'}: ${failureText(error)}`)
    }
  }
  return report
}
