import { onRedisReconnect, REDIS_KEY_PREFIX, redisConnection } from './connection.mjs'

/**
 * Change notices between instances (Redis pub/sub): a cache kept in one instance's memory
 * (the redirect table, the search pages) hears at once that another instance changed
 * what it holds. Notices sent while Redis was away are lost, so every cache counts as
 * changed when the connection comes back. Without REDIS_URL nothing is sent.
 */
const CHANNEL = `${REDIS_KEY_PREFIX}changes`

type Channel = { listeners: Map<string, () => void> }
const KEY = Symbol.for('konstancin-portal.changeChannel')
const shared = globalThis as typeof globalThis & { [KEY]?: Channel }

/** Runs `markHere` whenever any instance (this one included) announces a change of `name`. */
export function hearChanges(name: string, markHere: () => void): void {
  const client = redisConnection()
  if (!client) return
  if (!shared[KEY]) {
    const channel: Channel = { listeners: new Map() }
    shared[KEY] = channel
    // A subscribed connection can do nothing else: a second one. Its errors are the
    // first one's (logged there); it resubscribes by itself after a reconnect.
    const subscriber = client.duplicate({ disableOfflineQueue: false })
    subscriber.on('error', () => {})
    subscriber.connect().catch(() => {})
    subscriber
      .subscribe(CHANNEL, (name) => channel.listeners.get(name)?.())
      .catch((error: Error) => console.error(`Nie zasubskrybowano zmian z Redisa: ${error.message}`))
    onRedisReconnect(() => channel.listeners.forEach((listener) => listener()))
  }
  shared[KEY].listeners.set(name, markHere)
}

/** Tells every instance that `name` changed; a no-op without Redis or while it is away (see hearChanges). */
export function announceChange(name: string): void {
  const client = redisConnection()
  if (!client?.isReady) return
  client.publish(CHANNEL, name).catch(() => {})
}
