import { type RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible'

import { makeLimiter } from './makeLimiter'
import { type RateLimitSettings, rateLimitSettings } from './settings'

export type LimitName = 'login' | 'search' | 'loginAccount' | 'loginFailures' | 'loginDelay' | 'loginKnownAddress' | 'alerts' | 'alertsAddress'

export type Verdict = { allowed: true } | { allowed: false; retryAfterSeconds: number }

// Next bundles the same module into several server chunks; one counter per process
// needs one shared home, or each chunk would count on its own.
const store = globalThis as typeof globalThis & { __portalRateLimiters?: Map<LimitName, RateLimiterAbstract> }

export function limiter(name: LimitName): RateLimiterAbstract {
  store.__portalRateLimiters ??= new Map()
  let found = store.__portalRateLimiters.get(name)
  if (!found) {
    const settings: RateLimitSettings = rateLimitSettings()[name]
    found = makeLimiter(name, settings)
    store.__portalRateLimiters.set(name, found)
  }
  return found
}

/** Counts one request from `address` against the named limit. */
export async function take(name: LimitName, address: string): Promise<Verdict> {
  try {
    await limiter(name).consume(address)
    return { allowed: true }
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) }
  }
}

export const tooManyMessage = {
  login: (seconds: number) => `Zbyt wiele prób logowania z tego adresu. Spróbuj ponownie za ${seconds} s.`,
  search: (seconds: number) => `Zbyt wiele wyszukiwań z tego adresu. Spróbuj ponownie za ${seconds} s.`,
  alerts: (seconds: number) => `Zbyt wiele zapisów na powiadomienia z tego adresu. Spróbuj ponownie za ${seconds} s.`,
  loginDelay: (seconds: number) =>
    `Zbyt wiele nieudanych prób logowania na to konto z tego adresu. Spróbuj ponownie za ${seconds} s.`,
  loginAccount: (seconds: number) =>
    `Zbyt wiele nieudanych prób logowania na to konto z nowych adresów. Spróbuj ponownie za ${seconds} s albo zaloguj się z adresu, z którego logowano się wcześniej.`,
} satisfies Partial<Record<LimitName, (seconds: number) => string>>
