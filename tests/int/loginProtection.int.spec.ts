import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { FREE_FAILURES } from '@/lib/rateLimit/loginProtection'

import { describeDb, startTestPayload } from './testPayload'

const ACCOUNT_LIMIT = 25

describeDb('logins: no lockout a stranger can cause, growing delays per account and address', () => {
  let payload: Payload
  let close: () => Promise<void>
  const owner = { email: 'redaktorka@konstancin-jeziorna.example', password: 'dobre-haslo-redaktorki-123' }

  beforeAll(async () => {
    process.env.LOGIN_RATE_LIMIT = '1000'
    process.env.LOGIN_ACCOUNT_RATE_LIMIT = String(ACCOUNT_LIMIT)
    ;({ payload, close } = await startTestPayload())
    for (const email of [owner.email, 'drugie-konto@konstancin-jeziorna.example', 'trzecie-konto@konstancin-jeziorna.example']) {
      await payload.create({ collection: 'users', data: { email, password: owner.password, name: 'Konto testowe', role: 'editor' } as never })
    }
  })
  afterAll(() => close())

  /** The HTTP status and message a login from `address` gets. */
  const login = (email: string, password: string, address: string) =>
    payload
      .login({ collection: 'users', data: { email, password }, req: { headers: new Headers({ 'x-forwarded-for': address }) } as never })
      .then(
        () => ({ status: 200, message: '' }),
        (e: { status?: number; message?: string }) => ({ status: e.status ?? 500, message: e.message ?? '' }),
      )
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

  it('a stranger guessing passwords cannot lock the owner out', async () => {
    expect((await login(owner.email, owner.password, '192.0.2.1')).status).toBe(200)
    for (let i = 0; i < 12; i++) expect([401, 429]).toContain((await login(owner.email, `zgadywane-${i}`, '198.51.100.7')).status)
    expect(await login(owner.email, `zgadywane-13`, '198.51.100.7')).toMatchObject({ status: 429 })
    expect((await login(owner.email, owner.password, '192.0.2.1')).status).toBe(200)
  })

  it('an unknown address and a known one get the same answer to a wrong password', async () => {
    const known = await login('drugie-konto@konstancin-jeziorna.example', 'zle-haslo', '198.51.100.20')
    const unknown = await login('nie-ma-takiego@konstancin-jeziorna.example', 'zle-haslo', '198.51.100.21')
    expect(known.status).toBe(401)
    expect(unknown).toEqual(known)
  })

  it('after the free failures, attempts from that address wait longer and longer; a success starts again', async () => {
    const email = 'drugie-konto@konstancin-jeziorna.example'
    const address = '198.51.100.30'
    const seconds = (message: string) => Number(/za (\d+) s\.$/.exec(message)?.[1])
    for (let i = 0; i < FREE_FAILURES; i++) expect((await login(email, 'zle-haslo', address)).status).toBe(401)
    // Each further attempt doubles the pause (1, 2, 4 … s, counted from its start, so hashing
    // a password takes some of it): attempts without waiting soon meet a refusal, and after
    // each wait the next refusal asks for a longer one.
    const untilRefused = async () => {
      for (let i = 0; i < 8; i++) {
        const answer = await login(email, 'zle-haslo', address)
        if (answer.status === 429) return answer
        expect(answer.status).toBe(401)
      }
      throw new Error('no refusal')
    }
    const waits: number[] = []
    for (let round = 0; round < 3; round++) {
      const refused = await untilRefused()
      expect(refused.message).toMatch(/^Zbyt wiele nieudanych prób logowania na to konto z tego adresu\. Spróbuj ponownie za \d+ s\.$/)
      waits.push(seconds(refused.message))
      if (round < 2) await pause(waits[round] * 1000 + 100)
    }
    expect(waits[2]).toBeGreaterThan(waits[0])
    // Another address is not slowed down, and the right password from it works.
    expect((await login(email, owner.password, '198.51.100.31')).status).toBe(200)
    await pause(waits[2] * 1000 + 100)
    expect((await login(email, owner.password, address)).status).toBe(200)
    for (let i = 0; i < FREE_FAILURES; i++) expect((await login(email, 'zle-haslo', address)).status).toBe(401)
  })

  it('one account gets a budget of attempts from new addresses; the addresses the owner used before are never refused', async () => {
    const email = 'trzecie-konto@konstancin-jeziorna.example'
    expect((await login(email, owner.password, '192.0.2.50')).status).toBe(200)
    // The owner's first login came from a new address too: it used one attempt of the budget.
    for (let i = 0; i < ACCOUNT_LIMIT - 1; i++) expect((await login(email, 'zle-haslo', `203.0.113.${i + 1}`)).status).toBe(401)
    const refused = await login(email, owner.password, '203.0.113.200')
    expect(refused.status).toBe(429)
    expect(refused.message).toMatch(/z nowych adresów/)
    expect((await login(email, owner.password, '192.0.2.50')).status).toBe(200)
  })
})
