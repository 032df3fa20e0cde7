import { z } from 'zod'

const count = (fallback: number) => z.coerce.number().int().min(1).max(1_000_000).default(fallback)

const settingsSchema = z.object({
  LOGIN_RATE_LIMIT: count(20),
  LOGIN_RATE_WINDOW_SECONDS: count(300),
  SEARCH_RATE_LIMIT: count(60),
  SEARCH_RATE_WINDOW_SECONDS: count(60),
  LOGIN_ACCOUNT_RATE_LIMIT: count(30),
  LOGIN_ACCOUNT_RATE_WINDOW_SECONDS: count(3600),
  ALERTS_RATE_LIMIT: count(10),
  ALERTS_RATE_WINDOW_SECONDS: count(600),
})

export type RateLimitSettings = { points: number; windowSeconds: number }

/** Requests allowed per client address and window; tests shorten the window through the environment. */
export function rateLimitSettings(source: NodeJS.ProcessEnv = process.env): {
  login: RateLimitSettings
  search: RateLimitSettings
  loginAccount: RateLimitSettings
  loginFailures: RateLimitSettings
  loginDelay: RateLimitSettings
  loginKnownAddress: RateLimitSettings
  alerts: RateLimitSettings
  alertsAddress: RateLimitSettings
} {
  const parsed = settingsSchema.safeParse(source)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new Error(`${issue.path.join('.')}: musi być dodatnią liczbą całkowitą`)
  }
  const s = parsed.data
  return {
    login: { points: s.LOGIN_RATE_LIMIT, windowSeconds: s.LOGIN_RATE_WINDOW_SECONDS },
    search: { points: s.SEARCH_RATE_LIMIT, windowSeconds: s.SEARCH_RATE_WINDOW_SECONDS },
    // Attempts on one account from addresses it was never logged into from (lib/rateLimit/loginProtection.ts).
    loginAccount: { points: s.LOGIN_ACCOUNT_RATE_LIMIT, windowSeconds: s.LOGIN_ACCOUNT_RATE_WINDOW_SECONDS },
    // Attempts on one account from one address since its last success, remembered for a day.
    loginFailures: { points: 1_000_000, windowSeconds: 24 * 3600 },
    // Holds the growing pause of an account and address (set with block()).
    loginDelay: { points: 1, windowSeconds: 1 },
    // Addresses an account logged in from successfully, for 14 days (the memory store's
    // timers cannot reach beyond 24.8 days: a longer window would expire at once).
    loginKnownAddress: { points: 1_000_000, windowSeconds: 14 * 24 * 3600 },
    // The alerts form (/powiadomienia), per client address.
    alerts: { points: s.ALERTS_RATE_LIMIT, windowSeconds: s.ALERTS_RATE_WINDOW_SECONDS },
    // Messages the form sends to one e-mail address, whoever asks: nobody can flood a mailbox.
    alertsAddress: { points: 3, windowSeconds: 3600 },
  }
}
