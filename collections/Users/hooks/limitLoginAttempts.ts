import { APIError, type CollectionAfterLoginHook, type CollectionBeforeOperationHook } from 'payload'

import { hashAsForAKnownAccount } from '../../../lib/auth/unknownAccountWork'
import { clientAddress } from '../../../lib/rateLimit/clientAddress'
import { take, tooManyMessage } from '../../../lib/rateLimit/limiters'
import { admitLoginAttempt, loginSucceeded } from '../../../lib/rateLimit/loginProtection'

const emailOf = (data: unknown) => {
  const email = (data as { email?: unknown } | undefined)?.email
  return typeof email === 'string' ? email : ''
}

/**
 * Every login (REST, GraphQL and the admin form all go through the login operation): the
 * limit per client address, then the limits per account and address
 * (lib/rateLimit/loginProtection.ts), then the same password-hash work whether or not
 * the account exists.
 */
export const limitLoginAttempts: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const data = (args as { data?: { email?: unknown; password?: unknown } }).data
  const address = clientAddress(req.headers)
  if (address) {
    const perAddress = await take('login', address)
    if (!perAddress.allowed) throw new APIError(tooManyMessage.login(perAddress.retryAfterSeconds), 429, undefined, true)
    const admission = await admitLoginAttempt(emailOf(data), address)
    if (!admission.allowed) throw new APIError(admission.message, 429, undefined, true)
  }
  await hashAsForAKnownAccount(req, data?.email, data?.password)
  return args
}

/** A success clears the account's count from that address and makes the address a known one. */
export const rememberLoginSuccess: CollectionAfterLoginHook = async ({ req, user }) => {
  const address = clientAddress(req.headers)
  if (address) await loginSucceeded(String(user.email), address)
}
