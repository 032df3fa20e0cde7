import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

/** A confirmation token for the link in the e-mail; only its hash is stored. */
export const newConfirmationToken = () => randomBytes(32).toString('base64url')

export const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url')

const unsubscribeMac = (secret: string, subscriptionId: string) =>
  createHmac('sha256', secret).update(`alerts-unsubscribe:${subscriptionId}`).digest('base64url')

/**
 * The unsubscribe token of a subscription: its id signed with the server's secret. Nothing
 * is stored, so every message can carry it, and no stored value could be read to forge one.
 */
export const unsubscribeToken = (secret: string, subscriptionId: string | number) =>
  `${subscriptionId}.${unsubscribeMac(secret, String(subscriptionId))}`

/** The subscription id an unsubscribe token names, or null when the token was not made here. */
export function readUnsubscribeToken(secret: string, token: string): string | null {
  const match = /^([A-Za-z0-9]{1,40})\.([A-Za-z0-9_-]{43})$/.exec(token.trim())
  if (!match) return null
  const [, id, mac] = match
  const expected = Buffer.from(unsubscribeMac(secret, id))
  const given = Buffer.from(mac)
  return expected.length === given.length && timingSafeEqual(expected, given) ? id : null
}
