import type { RedisClientType } from 'redis'

export const REDIS_KEY_PREFIX: string
export function redisConnection(): RedisClientType | null
export function onRedisReconnect(listener: () => void | Promise<void>): void
