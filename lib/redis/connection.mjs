// The process's one Redis connection, shared by Next's cache handler (cache-handler.mjs,
// loaded by Next outside the bundles), the rate limits, the change channel and the job
// claim (bundled copies of lib/): whichever asks first creates it, on the global object.
// Plain JavaScript so that cache-handler.mjs can import it.
import { createRequire } from 'node:module'

const KEY = Symbol.for('konstancin-portal.redis')

/** Every key the portal writes starts with this, so that one Redis can serve other things too. */
export const REDIS_KEY_PREFIX = 'portal:'

/**
 * The client, or null when REDIS_URL is unset (one instance, everything in its memory).
 * It connects without being awaited: node-redis retries for ever, and a page that waited
 * for it would hang while Redis is down. Commands are refused at once while it is not
 * connected (no offline queue), so every user falls back (render, memory limits) instead
 * of waiting. One line is logged when Redis goes away and one when it is back.
 */
export function redisConnection() {
  const url = process.env.REDIS_URL
  if (!url) return null
  const shared = globalThis
  shared[KEY] ??= connect(url)
  return shared[KEY].client
}

/**
 * Calls `listener` each time the connection comes back after an outage (not on the first
 * connect): what was published or invalidated meanwhile never reached Redis.
 */
export function onRedisReconnect(listener) {
  if (!redisConnection()) return
  globalThis[KEY].reconnectListeners.push(listener)
}

function connect(url) {
  // Loaded here, not at the top: a single instance (no REDIS_URL) never pays for node-redis.
  const { createClient } = createRequire(import.meta.url)('redis')
  const client = createClient({ url, disableOfflineQueue: true, pingInterval: 5000 })
  const state = { client, reconnectListeners: [], down: false }
  const where = safeAddress(url)
  client.on('error', (error) => {
    if (state.down) return
    state.down = true
    console.error(
      `Redis (${where}) niedostępny: ${error?.message || error?.code || error}; ` +
        'strony są renderowane bez wspólnej pamięci podręcznej, a limity liczone w pamięci tej instancji, do czasu ponownego połączenia',
    )
  })
  client.on('ready', () => {
    if (!state.down) return
    state.down = false
    console.error(`Redis (${where}) znów dostępny: instancje znów dzielą pamięć podręczną i limity`)
    for (const listener of state.reconnectListeners) {
      Promise.resolve()
        .then(listener)
        .catch((error) => console.error(`Po ponownym połączeniu z Redisem: ${error?.message ?? error}`))
    }
  })
  client.connect().catch(() => {
    // Reported by the error listener; node-redis keeps reconnecting by itself.
  })
  return state
}

/** The address without a password, for the log. */
function safeAddress(url) {
  try {
    const parsed = new URL(url)
    return `${parsed.protocol}//${parsed.host}${parsed.pathname === '/' ? '' : parsed.pathname}`
  } catch {
    return 'REDIS_URL'
  }
}
