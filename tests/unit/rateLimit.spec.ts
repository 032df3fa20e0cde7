import { describe, expect, it } from 'vitest'

import { clientAddress } from '@/lib/rateLimit/clientAddress'
import { limitedResponse } from '@/lib/rateLimit/limitedResponse'
import { rateLimitSettings } from '@/lib/rateLimit/settings'

describe('client address', () => {
  it('is the last X-Forwarded-For entry: the one the nearest proxy (or Next itself) saw', () => {
    expect(clientAddress(new Headers({ 'x-forwarded-for': '6.6.6.6, 203.0.113.9' }))).toBe('203.0.113.9')
    expect(clientAddress(new Headers({ 'x-forwarded-for': '::1' }))).toBe('::1')
    expect(clientAddress(new Headers())).toBeNull()
  })
})

describe('rate limit settings', () => {
  it('refuses a nonsense value with a one-line reason', () => {
    expect(() => rateLimitSettings({ NODE_ENV: 'test', LOGIN_RATE_LIMIT: '-3' })).toThrow(/^LOGIN_RATE_LIMIT: /)
    expect(rateLimitSettings({ NODE_ENV: 'test' }).login.points).toBeGreaterThan(5)
  })
})

describe('search limit per address', () => {
  it('answers a Polish 429 past the limit, other addresses are served, and the window passes', async () => {
    process.env.SEARCH_RATE_LIMIT = '3'
    process.env.SEARCH_RATE_WINDOW_SECONDS = '1'
    const from = (address: string) => new Request('http://portal.test/szukaj?q=rada', { headers: { 'x-forwarded-for': address } })

    for (let i = 0; i < 3; i++) expect(await limitedResponse('search', from('198.51.100.1'))).toBeNull()
    const refused = await limitedResponse('search', from('198.51.100.1'))
    expect(refused?.status).toBe(429)
    expect(refused?.headers.get('retry-after')).toMatch(/^\d+$/)
    expect(await refused?.text()).toContain('Zbyt wiele wyszukiwań z tego adresu')
    expect(await limitedResponse('search', from('198.51.100.2'))).toBeNull()

    await expect.poll(async () => (await limitedResponse('search', from('198.51.100.1')))?.status ?? 200, { timeout: 5000 }).toBe(200)
  })
})
