import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { clientAddress } from '../../../lib/rateLimit/clientAddress'
import { take, tooManyMessage } from '../../../lib/rateLimit/limiters'

/**
 * Login attempts per client address (REST, GraphQL and the admin form all go through
 * the login operation). On top of the per-account lock after 5 failures, this stops one
 * address from trying many accounts.
 */
export const limitLoginAttempts: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const address = clientAddress(req.headers)
  if (!address) return args
  const verdict = await take('login', address)
  if (!verdict.allowed) throw new APIError(tooManyMessage.login(verdict.retryAfterSeconds), 429, undefined, true)
  return args
}
