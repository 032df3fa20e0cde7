import type { Payload } from 'payload'

import type { Category } from '../../payload-types'
import { env } from '../env'
import { alreadySubscribedMessage, confirmationMessage } from './messages'
import type { SubscribeInput } from './subscribeInput'
import { hashToken, newConfirmationToken, readUnsubscribeToken, unsubscribeToken } from './tokens'
import { CONFIRMATION_HOURS } from './topics'

const local = { overrideAccess: true } as const

/** Unconfirmed addresses whose link expired are deleted whenever someone uses the form or a link. */
async function forgetExpired(payload: Payload, now: Date) {
  await payload.delete({
    collection: 'subscriptions',
    where: { and: [{ confirmedAt: { exists: false } }, { confirmationExpiresAt: { less_than: now.toISOString() } }] },
    ...local,
  })
}

async function existingCategories(payload: Payload, ids: string[]): Promise<Category['id'][]> {
  if (ids.length === 0) return []
  const found = await payload.find({ collection: 'categories', where: { id: { in: ids } }, limit: ids.length, depth: 0, pagination: false, ...local })
  return found.docs.map((c) => c.id)
}

export type SubscribeOutcome = 'sent' | 'send-failed'

/**
 * Records a request and sends the address a confirmation link (or, when it is already
 * confirmed, a note saying so with a way out). The answer is the same either way, so the
 * form tells nobody who else is subscribed. `mayMail: false` (the address had too many
 * messages lately) changes nothing and sends nothing, with the same answer.
 */
export async function requestSubscription(
  payload: Payload,
  input: SubscribeInput,
  options: { mayMail: boolean; now?: Date },
): Promise<SubscribeOutcome> {
  const now = options.now ?? new Date()
  const site = env().siteUrl
  await forgetExpired(payload, now)
  if (!options.mayMail) return 'sent'

  const existing = (
    await payload.find({ collection: 'subscriptions', where: { email: { equals: input.email } }, limit: 1, depth: 0, ...local })
  ).docs[0]

  let message
  if (existing?.confirmedAt) {
    message = alreadySubscribedMessage(site, input.email, unsubscribeToken(payload.secret, existing.id))
  } else {
    const token = newConfirmationToken()
    const data = {
      email: input.email,
      news: input.kinds.includes('news'),
      sessions: input.kinds.includes('sessions'),
      votes: input.kinds.includes('votes'),
      categories: await existingCategories(payload, input.categories),
      confirmationTokenHash: hashToken(token),
      confirmationExpiresAt: new Date(now.getTime() + CONFIRMATION_HOURS * 3600_000).toISOString(),
    }
    try {
      if (existing) await payload.update({ collection: 'subscriptions', id: existing.id, data, ...local })
      else await payload.create({ collection: 'subscriptions', data, ...local })
    } catch (error) {
      // Two requests for one new address at once: the other one's link is on its way.
      payload.logger.warn(`Powiadomienia: zapis adresu nie powiódł się (${(error as Error).message})`)
      return 'sent'
    }
    message = confirmationMessage(site, input.email, token)
  }
  try {
    await payload.sendEmail(message)
    return 'sent'
  } catch (error) {
    payload.logger.error(`Powiadomienia: nie wysłano wiadomości potwierdzającej (${(error as Error).message})`)
    return 'send-failed'
  }
}

export type ConfirmOutcome = 'confirmed' | 'expired' | 'invalid'

/** Follows a confirmation link: the address starts receiving alerts. */
export async function confirmSubscription(payload: Payload, token: string, now = new Date()): Promise<ConfirmOutcome> {
  if (!token || token.length > 200) return 'invalid'
  const found = (
    await payload.find({
      collection: 'subscriptions',
      where: { confirmationTokenHash: { equals: hashToken(token) } },
      limit: 1,
      depth: 0,
      ...local,
    })
  ).docs[0]
  if (!found) {
    await forgetExpired(payload, now)
    return 'invalid'
  }
  if (!found.confirmationExpiresAt || new Date(found.confirmationExpiresAt) < now) {
    await forgetExpired(payload, now)
    return 'expired'
  }
  await payload.update({
    collection: 'subscriptions',
    id: found.id,
    data: { confirmedAt: now.toISOString(), confirmationTokenHash: null, confirmationExpiresAt: null },
    ...local,
  })
  return 'confirmed'
}

export type UnsubscribeOutcome = 'unsubscribed' | 'invalid'

/** Deletes the address the token names (and its delivery records). A second use answers the same. */
export async function unsubscribe(payload: Payload, token: string): Promise<UnsubscribeOutcome> {
  const id = readUnsubscribeToken(payload.secret, token)
  if (!id) return 'invalid'
  await payload.delete({ collection: 'subscriptions', where: { id: { equals: id } }, ...local })
  return 'unsubscribed'
}
