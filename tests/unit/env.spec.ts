import { describe, expect, it } from 'vitest'

import { adminAccountFromEnv } from '@/seed/adminAccount'
import { DEV_ADMIN_PASSWORD, parseEnv } from '@/lib/env'

const production = {
  NODE_ENV: 'production',
  PAYLOAD_SECRET: 'a-real-production-secret-0123456789abcdef',
  SITE_URL: 'https://konstancinjeziorna.pl',
} as const

describe('a production start refuses unsafe settings with a one-line reason', () => {
  it('accepts a complete production environment', () => {
    expect(parseEnv(production).siteUrl).toBe('https://konstancinjeziorna.pl')
  })

  it.each([
    ['a missing secret', { ...production, PAYLOAD_SECRET: undefined }, /^PAYLOAD_SECRET: wymagany w produkcji/],
    ['the development secret', { ...production, PAYLOAD_SECRET: 'dev-only-secret-change-me-0123456789abcdef' }, /^PAYLOAD_SECRET: .*deweloperskiego/],
    ['a missing SITE_URL', { ...production, SITE_URL: undefined }, /^SITE_URL: wymagany w produkcji/],
  ])('%s', (_, source, reason) => {
    expect(() => parseEnv(source as NodeJS.ProcessEnv)).toThrow(reason)
  })

  it('needs no secret while `next build` collects routes', () => {
    expect(() => parseEnv({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' })).not.toThrow()
  })

  it('refuses the development administrator password, set or defaulted', () => {
    expect(() => adminAccountFromEnv({ NODE_ENV: 'production', ADMIN_PASSWORD: DEV_ADMIN_PASSWORD }, true)).toThrow(/^ADMIN_PASSWORD: /)
    expect(() => adminAccountFromEnv({ NODE_ENV: 'production' }, true)).toThrow(/^ADMIN_PASSWORD: /)
    expect(adminAccountFromEnv({ NODE_ENV: 'production', ADMIN_PASSWORD: 'wlasne-dlugie-haslo' }, true).isDevDefault).toBe(false)
  })
})

describe('REDIS_URL selects the shared cache, limits and change notices', () => {
  it('is optional: unset or empty, one instance keeps everything in memory', () => {
    expect(parseEnv(production).redisUrl).toBeNull()
    expect(parseEnv({ ...production, REDIS_URL: '' }).redisUrl).toBeNull()
  })

  it.each(['redis://127.0.0.1:6379', 'rediss://portal:haslo@redis.example:6380/2'])('accepts %s', (url) => {
    expect(parseEnv({ ...production, REDIS_URL: url }).redisUrl).toBe(url)
  })

  it.each(['127.0.0.1:6379', 'http://127.0.0.1:6379', 'redis'])('refuses %s with a one-line reason', (url) => {
    expect(() => parseEnv({ ...production, REDIS_URL: url })).toThrow(/^REDIS_URL: .*redis:\/\/ lub rediss:\/\//)
  })
})
