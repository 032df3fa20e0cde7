import { createHash } from 'node:crypto'

import { RateLimiterRes } from 'rate-limiter-flexible'

import { limiter, tooManyMessage } from './limiters'

/** Failed attempts on one account from one address that cost nothing; each one after waits twice as long. */
export const FREE_FAILURES = 5
export const MAX_DELAY_SECONDS = 15 * 60

/** The pause before the next attempt after `attempts` attempts without a success: 0, …, 0, 1, 2, 4 … 900 s. */
export function delayAfter(attempts: number): number {
  if (attempts <= FREE_FAILURES) return 0
  return Math.min(2 ** (attempts - FREE_FAILURES - 1), MAX_DELAY_SECONDS)
}

// Keys hold a hash of the e-mail: any string can be typed there, and a shared store holds no addresses.
const accountKey = (email: string) => createHash('sha256').update(email.trim().toLowerCase()).digest('base64url')
const pairKey = (email: string, address: string) => `${accountKey(email)}|${address}`

type Admission = { allowed: true } | { allowed: false; message: string }

const refusal = (name: 'loginDelay' | 'loginAccount', ms: number): Admission => ({
  allowed: false,
  message: tooManyMessage[name](Math.max(1, Math.ceil(ms / 1000))),
})

const isBlocked = (res: RateLimiterRes | null, points: number) => res !== null && res.consumedPoints > points

/**
 * Counts one login attempt on `email` from `address` and says whether it may go ahead. Two
 * limits, neither of which a stranger can use to lock the owner out:
 * - per account and address: FREE_FAILURES attempts, then a pause that doubles with each
 *   further attempt (1 s … 15 min); a success from that address clears it;
 * - per account, from addresses it has never been logged into from: LOGIN_ACCOUNT_RATE_LIMIT
 *   attempts an hour (a botnet's budget); the addresses the owner logged in from before
 *   are not counted and never refused.
 * Unknown and known e-mails are counted alike, so the answers reveal nothing.
 */
export async function admitLoginAttempt(email: string, address: string): Promise<Admission> {
  const pair = pairKey(email, address)
  const delay = await limiter('loginDelay').get(pair)
  if (isBlocked(delay, limiter('loginDelay').points)) return refusal('loginDelay', delay!.msBeforeNext)

  const known = (await limiter('loginKnownAddress').get(pair)) !== null
  if (!known) {
    try {
      await limiter('loginAccount').consume(accountKey(email))
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection
      return refusal('loginAccount', rejection.msBeforeNext)
    }
  }

  const attempts = (await limiter('loginFailures').consume(pair)).consumedPoints
  const pause = delayAfter(attempts)
  if (pause > 0) await limiter('loginDelay').block(pair, pause)
  return { allowed: true }
}

/** After a successful login: the address becomes one the account is known from, and its count starts again. */
export async function loginSucceeded(email: string, address: string): Promise<void> {
  const pair = pairKey(email, address)
  await Promise.all([
    limiter('loginFailures').delete(pair),
    limiter('loginDelay').delete(pair),
    limiter('loginKnownAddress').set(pair, 1, limiter('loginKnownAddress').duration),
  ])
}
