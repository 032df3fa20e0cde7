import { z } from 'zod'

const count = (fallback: number) => z.coerce.number().int().min(1).max(1_000_000).default(fallback)

const settingsSchema = z.object({
  LOGIN_RATE_LIMIT: count(20),
  LOGIN_RATE_WINDOW_SECONDS: count(300),
  SEARCH_RATE_LIMIT: count(60),
  SEARCH_RATE_WINDOW_SECONDS: count(60),
})

export type RateLimitSettings = { points: number; windowSeconds: number }

/** Requests allowed per client address and window; tests shorten the window through the environment. */
export function rateLimitSettings(source: NodeJS.ProcessEnv = process.env): {
  login: RateLimitSettings
  search: RateLimitSettings
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
  }
}
