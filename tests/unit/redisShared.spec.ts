import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { takeQueueTurn } from '@/lib/jobs/queueTurn'
import { makeLimiter } from '@/lib/rateLimit/makeLimiter'
import { redisConnection } from '@/lib/redis/connection.mjs'

import { freePort, waitFor } from '../support/ports'
import { RedisServer } from '../support/redisServer'

/**
 * What the instances share through a real redis-server (REDIS_URL): two limiters made as
 * two instances make them count together, one instance takes each job-queue turn, and
 * both degrade instead of failing while Redis is away.
 */
let redis: RedisServer

beforeAll(async () => {
  redis = new RedisServer(await freePort())
  await redis.start()
  process.env.REDIS_URL = redis.url
  const client = redisConnection()!
  await waitFor(async () => client.isReady, 10_000, 'Redis connection')
})

afterAll(async () => {
  await redisConnection()?.close()
  await redis.remove()
  delete process.env.REDIS_URL
})

describe('rate limits with REDIS_URL', () => {
  it('count across instances: each instance has its own limiter, the count is one', async () => {
    const settings = { points: 3, windowSeconds: 60 }
    const onA = makeLimiter('shared-test', settings)
    const onB = makeLimiter('shared-test', settings)
    await onA.consume('203.0.113.7')
    await onB.consume('203.0.113.7')
    await onA.consume('203.0.113.7')
    await expect(onB.consume('203.0.113.7')).rejects.toMatchObject({ remainingPoints: 0 })
    await expect(onA.consume('203.0.113.8')).resolves.toMatchObject({ remainingPoints: 2 })
  })
})

describe('the job queue with REDIS_URL', () => {
  it('is taken by one instance per turn, on MongoDB and SQLite alike', async () => {
    for (const database of ['mongodb', 'sqlite'] as const) {
      const queue = `turn-test-${database}`
      const turns = await Promise.all([takeQueueTurn(queue, database), takeQueueTurn(queue, database)])
      expect(turns.filter(Boolean)).toHaveLength(1)
      expect(await takeQueueTurn(queue, database)).toBe(false)
    }
  })
})

describe('Redis away', () => {
  it('limits fall back to memory and count in Redis again when it is back; SQLite jobs go on, MongoDB jobs wait', async () => {
    const limiter = makeLimiter('outage-test', { points: 2, windowSeconds: 60 })
    await redis.stop()
    await waitFor(async () => !redisConnection()!.isReady, 10_000, 'Redis disconnection')
    await limiter.consume('203.0.113.9')
    await limiter.consume('203.0.113.9')
    await expect(limiter.consume('203.0.113.9')).rejects.toMatchObject({ remainingPoints: 0 })
    expect(await takeQueueTurn('outage', 'sqlite')).toBe(true)
    expect(await takeQueueTurn('outage', 'mongodb')).toBe(false)
    await redis.start()
    await waitFor(async () => redisConnection()!.isReady, 20_000, 'Redis reconnection')
    const onA = makeLimiter('after-outage-test', { points: 1, windowSeconds: 60 })
    const onB = makeLimiter('after-outage-test', { points: 1, windowSeconds: 60 })
    await onA.consume('203.0.113.10')
    await expect(onB.consume('203.0.113.10')).rejects.toMatchObject({ remainingPoints: 0 })
    expect(await takeQueueTurn('after-outage', 'mongodb')).toBe(true)
  })
})
