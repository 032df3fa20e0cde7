// Next's page and data cache (ISR pages, unstable_cache), shared by every app instance
// through Redis when REDIS_URL is set (next.config.ts selects this file only then).
// Loaded by Next itself, outside the bundles: plain JavaScript.
import { CacheHandler } from '@fortedigital/nextjs-cache-handler'
import createLruHandler from '@fortedigital/nextjs-cache-handler/local-lru'
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings'
import { PHASE_PRODUCTION_BUILD } from 'next/constants.js'

import { onRedisReconnect, REDIS_KEY_PREFIX, redisConnection } from './lib/redis/connection.mjs'

const CACHE_PREFIX = `${REDIS_KEY_PREFIX}next:`

CacheHandler.onCreation(() => {
  // `next build` (which may run where REDIS_URL is set) keeps what it prerenders in memory.
  const client = process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD ? null : redisConnection()
  if (!client) return { handlers: [createLruHandler()] }
  // Invalidations made while Redis was away never reached it, and a Redis that comes back
  // with its old data would serve old pages for a year: start afresh (one render per page).
  onRedisReconnect(() => dropCachedPages(client))
  // While Redis is down the handler refuses at once: pages are rendered per request (no
  // stale copy kept in one instance's memory that another instance's edit cannot reach).
  return { handlers: [createRedisHandler({ client, keyPrefix: CACHE_PREFIX, timeoutMs: 1000 })] }
})

async function dropCachedPages(client) {
  let dropped = 0
  for await (const keys of client.scanIterator({ MATCH: `${CACHE_PREFIX}*`, COUNT: 500 })) {
    if (keys.length === 0) continue
    dropped += await client.unlink(keys)
  }
  console.error(`Redis: usunięto ${dropped} wpisów pamięci podręcznej stron (zmiany z czasu przerwy)`)
}

export default CacheHandler
