import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis } from 'rate-limiter-flexible'

import { REDIS_KEY_PREFIX, redisConnection } from '../redis/connection.mjs'
import type { RateLimitSettings } from './settings'

/**
 * The one place that decides where a limit counts. With REDIS_URL every instance counts
 * in Redis, so a client meets the same limit whichever instance answers; while Redis is
 * unreachable each instance counts in its own memory (the insurance limiter) rather than
 * failing or waiting. Without REDIS_URL: memory, one instance.
 */
export function makeLimiter(name: string, settings: RateLimitSettings): RateLimiterAbstract {
  const options = { keyPrefix: name, points: settings.points, duration: settings.windowSeconds }
  const client = redisConnection()
  if (!client) return new RateLimiterMemory(options)
  return new RateLimiterRedis({
    ...options,
    keyPrefix: `${REDIS_KEY_PREFIX}limit:${name}`,
    storeClient: client,
    useRedisPackage: true,
    rejectIfRedisNotReady: true,
    insuranceLimiter: new RateLimiterMemory(options),
  })
}
