import { NextRequest } from 'next/server'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { databaseIsDown, registerDatabaseProbe, WAIT_FOR_CHECK_MS } from '@/lib/health/databaseHealth'
import { outageInsteadOfError } from '@/lib/health/outageInsteadOfError'
import { proxy } from '@/proxy'

const POLISH_OUTAGE = /^Portal jest chwilowo niedostępny/
const answers = async () => {}
const fails = async () => {
  throw new Error('SQLITE_CANTOPEN')
}
const noRoute = answers
let clock = Date.now()
// Each test starts well after the previous one's checks, so that a new check is due.
const later = () => vi.setSystemTime((clock += 60_000))

afterEach(() => {
  vi.useRealTimers()
})

describe('database outage', () => {
  it('the first request after the database went away gets the Polish 503, page or API, not an error', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    later()
    registerDatabaseProbe(fails)

    const page = await proxy(new NextRequest('http://portal.test/aktualnosci/jeszcze-nie-w-pamieci'))
    expect(page.status).toBe(503)
    expect(page.headers.get('retry-after')).toBeTruthy()
    expect(await page.text()).toContain('Portal chwilowo niedostępny')

    const api = await proxy(new NextRequest('http://portal.test/api/articles'))
    expect(api.status).toBe(503)
    expect((await api.json()).errors[0].message).toMatch(POLISH_OUTAGE)
  })

  it('an API error while the database does not answer becomes the 503; other errors stay 500', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    const request = new Request('http://portal.test/api/articles')
    const payloadError = () => Response.json({ errors: [{ message: 'Something went wrong.' }] }, { status: 500 })

    later()
    registerDatabaseProbe(fails)
    const outage = await outageInsteadOfError(request, payloadError())
    expect(outage.status).toBe(503)
    expect((await outage.json()).errors[0].message).toMatch(POLISH_OUTAGE)

    later()
    registerDatabaseProbe(answers)
    expect((await outageInsteadOfError(request, payloadError())).status).toBe(500)
  })

  it('costs one database check a second while requests come, shared by them, not one per request', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    later()
    const probe = vi.fn(answers)
    registerDatabaseProbe(probe)

    const answersTogether = await Promise.all(Array.from({ length: 50 }, () => databaseIsDown(noRoute)))
    expect(answersTogether.every((down) => !down)).toBe(true)
    vi.setSystemTime(clock + 500)
    for (let i = 0; i < 50; i++) expect(await databaseIsDown(noRoute)).toBe(false)
    expect(probe).toHaveBeenCalledTimes(1)

    vi.setSystemTime(clock + 1500)
    await databaseIsDown(noRoute)
    expect(probe).toHaveBeenCalledTimes(2)
  })

  it('recovers by itself: while down, answers at once and checks again in the background', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    later()
    registerDatabaseProbe(fails)
    expect(await databaseIsDown(noRoute)).toBe(true)

    registerDatabaseProbe(answers)
    vi.setSystemTime(clock + 1000)
    expect(await databaseIsDown(noRoute)).toBe(true) // still known down; the check runs behind
    await vi.waitFor(async () => expect(await databaseIsDown(noRoute)).toBe(false))
  })

  it('a check that hangs holds requests back WAIT_FOR_CHECK_MS at most, then lets them through', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    later()
    let answer = () => {}
    registerDatabaseProbe(() => new Promise<void>((resolve) => (answer = resolve)))
    void databaseIsDown(noRoute)
    vi.setSystemTime(clock + WAIT_FOR_CHECK_MS)
    expect(await databaseIsDown(noRoute)).toBe(false)
    answer()
  })
})
