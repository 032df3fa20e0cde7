import { randomUUID } from 'node:crypto'

import { REDIS_KEY_PREFIX, redisConnection } from '../redis/connection.mjs'

/**
 * Every instance checks the job queue (scheduled publishing) every 10 s, at the same
 * second. Payload claims jobs by reading the due ones, then marking them `processing`:
 * on SQLite both steps run in one write transaction (BEGIN IMMEDIATE), so a second
 * instance waits and finds them claimed; on MongoDB they are two separate queries, and
 * two instances could both claim, and run, one job. So with several instances (REDIS_URL)
 * one of them takes each turn, by a Redis key set only if absent (SET NX) that expires
 * before the next turn. Jobs it claims stay claimed, so a later turn elsewhere never runs
 * them again.
 */
const TURN_MS = 8_000
const INSTANCE = randomUUID()

const shared = globalThis as typeof globalThis & { __portalJobsPaused?: boolean }

export async function takeQueueTurn(queue: string, databaseKind: 'sqlite' | 'mongodb'): Promise<boolean> {
  const client = redisConnection()
  if (!client) return true
  try {
    if (!client.isReady) throw new Error('brak połączenia')
    const taken = await client.set(`${REDIS_KEY_PREFIX}jobs:${queue}:turn`, INSTANCE, { NX: true, PX: TURN_MS })
    shared.__portalJobsPaused = false
    return taken === 'OK'
  } catch (error) {
    // SQLite claims safely without Redis; on MongoDB a delayed publication beats a doubled one.
    if (databaseKind === 'sqlite') return true
    if (!shared.__portalJobsPaused) {
      shared.__portalJobsPaused = true
      console.error(`Zaplanowane publikacje czekają na Redis (${(error as Error).message}): bez niego dwie instancje mogłyby wykonać to samo zadanie`)
    }
    return false
  }
}
