import { mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs'
import path from 'node:path'

import { expect, test } from '@playwright/test'

import { ARTICLE_PATH, E2E_ADMIN, E2E_SEARCH_RATE_LIMIT } from '../server'
import { type StackUnderTest, startStackUnderTest } from './stackUnderTest'

/**
 * The production stack through its edge (deploy/nginx/): what is cached and what never is,
 * the headers readers and caches in front get, and what readers see when an instance or
 * the database fails. One stack for the whole file; the tests run in order.
 */
test.describe.configure({ mode: 'serial' })

let under: StackUnderTest
const edge = (path: string) => `${under.stack.edgeUrl}${path}`
const ARTICLE_TITLE = 'Konstancin-Jeziorna został członkiem Związku Miast Polskich'

type Answer = { status: number; headers: Headers; text: string }
async function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
  const response = await fetch(edge(path), { headers, method, redirect: 'manual' })
  return { status: response.status, headers: response.headers, text: await response.text() }
}
const cacheStatus = (answer: Answer) => answer.headers.get('x-cache-status')
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
// An edge entry is fresh for one second counted in whole seconds: 1 to 2 s.
const ENTRY_LIFETIME_MS = 2100

test.beforeAll(async () => {
  test.setTimeout(300_000)
  under = await startStackUnderTest()
})

test.afterAll(async () => {
  await under?.stop()
})

test('a public page is cached for a second: MISS, then HIT, then refreshed; browsers never get Next’s year-long s-maxage', async () => {
  const path = `${ARTICLE_PATH}?proba=${Date.now()}`
  const first = await get(path)
  expect(first.status).toBe(200)
  expect(first.text).toContain(ARTICLE_TITLE)
  expect(cacheStatus(first)).toBe('MISS')
  const second = await get(path)
  expect(cacheStatus(second)).toBe('HIT')
  expect(second.text).toBe(first.text)
  for (const answer of [first, second]) {
    expect(answer.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate')
  }

  await pause(ENTRY_LIFETIME_MS)
  // The entry is out of date: the next reader gets the old copy while one request refreshes it.
  const expired = await get(path)
  expect(expired.status).toBe(200)
  expect(['STALE', 'UPDATING', 'EXPIRED', 'REVALIDATED']).toContain(cacheStatus(expired))
  await expect.poll(async () => cacheStatus(await get(path))).toBe('HIT')
})

test('a change is at the edge as soon as the app has it: the instance refreshes the pages it touches', async () => {
  // The edit is made on instance A directly, as the bench does; no reader asks for the page
  // between the edit and the check, so only the instance's refresh can have replaced the
  // edge's copy (without it the reader would get the cached or stale old page).
  const instanceA = under.stack.instances[0].url
  const login = await fetch(`${instanceA}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(E2E_ADMIN),
  })
  const { token } = (await login.json()) as { token: string }
  const slug = ARTICLE_PATH.split('/').at(-1)
  const found = await fetch(`${instanceA}/api/articles?where[slug][equals]=${slug}&depth=0`, { headers: { authorization: `JWT ${token}` } })
  const article = ((await found.json()) as { docs: { id: number; lead: string }[] }).docs[0]
  const saveLead = (lead: string) =>
    fetch(`${instanceA}/api/articles/${article.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({ lead }),
    })

  await get(ARTICLE_PATH)
  expect(cacheStatus(await get(ARTICLE_PATH))).toBe('HIT')
  const accessLog = path.join(under.stack.runDir, 'access.log')
  const logged = readFileSync(accessLog, 'utf8').length
  const refreshes = () =>
    readFileSync(accessLog, 'utf8')
      .slice(logged)
      .split('\n')
      .filter((line) => line.includes(`GET ${ARTICLE_PATH} HTTP/1.1`) && line.includes('portal-edge-refresh'))

  const marker = `Poprawka widoczna od razu ${Date.now()}`
  try {
    expect((await saveLead(`${article.lead} ${marker}`)).status).toBe(200)
    // Both passes of the refresh (lib/edge/edgeRefresh.ts) have stored the page.
    await expect.poll(() => refreshes().length, { intervals: [50] }).toBe(2)
    const reader = await get(ARTICLE_PATH)
    expect(reader.text).toContain(marker)
    expect(['HIT', 'UPDATING', 'STALE']).toContain(cacheStatus(reader))
  } finally {
    expect((await saveLead(article.lead)).status).toBe(200)
  }
})

test('never cached nor shared: the admin, the API, search, writes, a login and a preview cookie', async () => {
  const personal: [string, Record<string, string>, string?][] = [
    ['/admin/login', {}],
    ['/api/articles?limit=1', {}],
    ['/szukaj?q=zwiazek', {}],
    [ARTICLE_PATH, { cookie: 'payload-token=abc' }],
    [ARTICLE_PATH, { cookie: 'inne=1; __prerender_bypass=abc' }],
    [ARTICLE_PATH, { authorization: 'JWT abc' }],
    ['/api/users/logout', {}, 'POST'],
  ]
  for (const [path, headers, method] of personal) {
    for (let i = 0; i < 2; i++) {
      const answer = await get(path, headers, method)
      expect(cacheStatus(answer), `${method ?? 'GET'} ${path} ${JSON.stringify(headers)}`).toBe('BYPASS')
    }
  }
})

test('React Server Component requests are keyed apart from the HTML page they share a URL with', async () => {
  // The address Next itself redirects an RSC request to (its `_rsc` cache-busting parameter).
  const path = `${ARTICLE_PATH}?rsc-proba=${Date.now()}&_rsc`
  const flight = await get(path, { RSC: '1' })
  expect(flight.status).toBe(200)
  expect(flight.headers.get('content-type')).toContain('text/x-component')
  expect(cacheStatus(flight)).toBe('MISS')
  const html = await get(path)
  expect(html.headers.get('content-type')).toContain('text/html')
  expect(cacheStatus(html)).toBe('MISS')
  expect(html.text).toContain('<html')
  for (let i = 0; i < 2; i++) {
    const flightAgain = await get(path, { RSC: '1' })
    expect(flightAgain.headers.get('content-type')).toContain('text/x-component')
    expect(flightAgain.text).not.toContain('<html')
    const htmlAgain = await get(path)
    expect(htmlAgain.headers.get('content-type')).toContain('text/html')
    expect(htmlAgain.text).toContain('<html')
  }
})

test('Next’s build files are immutable for a year; text is compressed', async () => {
  const page = await get('/aktualnosci')
  const asset = /\/_next\/static\/[^"']+\.(?:js|css)/.exec(page.text)?.[0]
  expect(asset).toBeTruthy()
  const file = await get(asset!)
  expect(file.status).toBe(200)
  expect(file.headers.get('cache-control')).toContain('max-age=31536000')
  expect(file.headers.get('cache-control')).toContain('immutable')

  const gzip = await fetch(edge('/aktualnosci'), { headers: { 'accept-encoding': 'gzip' } })
  expect(gzip.headers.get('content-encoding')).toBe('gzip')
  const brotli = await fetch(edge('/aktualnosci'), { headers: { 'accept-encoding': 'br' } })
  expect(brotli.headers.get('content-encoding')).toBe('br')
})

test('the app counts requests by the address the edge saw, not one a client claims', async () => {
  // Every request claims another address; had the app believed them, none would be limited.
  // (Enough requests for each instance to pass the limit while limits are counted per instance.)
  const answers: number[] = []
  for (let i = 0; i < 2 * E2E_SEARCH_RATE_LIMIT + 2; i++) {
    const response = await fetch(edge(`/szukaj?q=adres${i}`), { headers: { 'x-forwarded-for': `203.0.113.${i + 1}` } })
    answers.push(response.status)
  }
  expect(answers[0]).toBe(200)
  expect(answers.at(-1)).toBe(429)
})

test('a body larger than the upload limit is refused by the edge with a Polish message', async () => {
  const response = await fetch(edge('/api/media'), { method: 'POST', body: new Uint8Array(13 * 1024 * 1024) })
  expect(response.status).toBe(413)
  expect((await response.json()).errors[0].message).toMatch(/^Wysyłane dane są większe/)
})

test('a draft previewed by an editor is never served to anyone else, and the editor never gets the cached public page', async () => {
  const login = await fetch(edge('/api/users/login'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(E2E_ADMIN),
  })
  expect(login.status).toBe(200)
  const { token } = (await login.json()) as { token: string }
  const loginCookie = login.headers.getSetCookie().find((c) => c.startsWith('payload-token='))!.split(';')[0]
  const slug = ARTICLE_PATH.split('/').at(-1)
  const found = await fetch(edge(`/api/articles?where[slug][equals]=${slug}&depth=0`), { headers: { authorization: `JWT ${token}` } })
  const id = ((await found.json()) as { docs: { id: number }[] }).docs[0].id

  // Readers have the published page in the edge's cache.
  await get(ARTICLE_PATH)
  expect(cacheStatus(await get(ARTICLE_PATH))).toBe('HIT')

  const marker = `Szkic niepublikowany ${Date.now()}`
  const draft = await fetch(edge(`/api/articles/${id}?draft=true`), {
    method: 'PATCH',
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: JSON.stringify({ lead: marker, _status: 'draft' }),
  })
  expect(draft.status, await draft.clone().text()).toBe(200)

  // As the editor's browser sends them (Payload takes the login cookie only from its own site).
  const browser = { 'sec-fetch-site': 'same-origin' }
  const preview = await fetch(edge(`/podglad?kolekcja=articles&id=${id}`), { headers: { ...browser, cookie: loginCookie }, redirect: 'manual' })
  expect([303, 307, 308]).toContain(preview.status)
  const draftCookie = preview.headers.getSetCookie().find((c) => c.startsWith('__prerender_bypass='))!.split(';')[0]
  const editorCookies = { ...browser, cookie: `${loginCookie}; ${draftCookie}` }

  for (let i = 0; i < 3; i++) {
    const editor = await get(ARTICLE_PATH, editorCookies)
    expect(editor.text).toContain(marker)
    expect(cacheStatus(editor)).toBe('BYPASS')
    expect(editor.headers.get('cache-control')).not.toContain('public')
  }
  // Everyone else: the published article, from the cache, also once the entry is refreshed;
  // a draft-mode cookie without a login is no way in.
  await pause(ENTRY_LIFETIME_MS)
  const readers: [string, Record<string, string>][] = [
    [ARTICLE_PATH, {}],
    [ARTICLE_PATH, { cookie: draftCookie }],
    [ARTICLE_PATH, {}],
    [`${ARTICLE_PATH}?_rsc`, { RSC: '1' }],
  ]
  for (const [path, headers] of readers) {
    const reader = await get(path, headers)
    expect(reader.status).toBe(200)
    expect(reader.text).toContain(ARTICLE_TITLE)
    expect(reader.text).not.toContain(marker)
  }
  await expect.poll(async () => cacheStatus(await get(ARTICLE_PATH))).toBe('HIT')
  expect((await get(ARTICLE_PATH)).text).not.toContain(marker)
})

test('an instance killed under load costs no reader a request, and rejoins when restarted', async () => {
  test.setTimeout(240_000)
  const failures: string[] = []
  let done = 0
  let running = true
  // Readers of cached pages and of pages no cache holds (each query string is new), and the API.
  const paths = (n: number) => [ARTICLE_PATH, '/', `/aktualnosci?obciazenie=${n}`, `/api/articles?limit=1&n=${n}`]
  const reader = async (id: number) => {
    for (let n = 0; running; n++) {
      for (const path of paths(id * 100_000 + n)) {
        try {
          const response = await fetch(edge(path))
          await response.arrayBuffer()
          if (response.status !== 200) failures.push(`${path}: ${response.status}`)
        } catch (error) {
          failures.push(`${path}: ${(error as Error).message}`)
        }
        done++
      }
    }
  }
  const readers = Array.from({ length: 12 }, (_, i) => reader(i))
  await pause(2000)
  await under.stack.killInstance(0)
  await pause(4000)
  running = false
  await Promise.all(readers)
  expect(failures).toEqual([])
  expect(done).toBeGreaterThan(50)

  // Back: with the other instance gone, the restarted one answers everything.
  await under.stack.startInstance(0)
  await under.stack.killInstance(1)
  await expect(async () => {
    for (const path of paths(Date.now())) expect((await get(path)).status, path).toBe(200)
  }).toPass({ timeout: 30_000 })
  await under.stack.startInstance(1)
})

test('no instance answers: cached pages are served stale, others get the Polish 503', async () => {
  test.setTimeout(240_000)
  await get('/glosowania')
  await under.stack.killInstance(0, 'SIGTERM')
  await under.stack.killInstance(1, 'SIGTERM')
  await pause(ENTRY_LIFETIME_MS)

  const cached = await get('/glosowania')
  expect(cached.status).toBe(200)
  expect(cacheStatus(cached)).toBe('STALE')
  // The edge's own page (deploy/nginx/errors/): no instance could say anything.
  const never = await get(`/nigdy-nie-odwiedzona-${Date.now()}`)
  expect(never.status).toBe(503)
  expect(never.text).toContain('serwer portalu nie odpowiada')
  expect(never.headers.get('retry-after')).toBe('30')
  const api = await get('/api/articles?limit=1')
  expect(api.status).toBe(503)
  expect(JSON.parse(api.text).errors[0].message).toMatch(/^Portal jest chwilowo niedostępny: serwer portalu nie odpowiada/)
})

test('the database unavailable: cached pages stale, the admin and API the Polish 503, recovery without a restart', async () => {
  test.setTimeout(240_000)
  // The instances (stopped by the test above) come back while the database file is away:
  // a folder where the file should be, which SQLite cannot open.
  const aside = `${under.database}.away`
  rmSync(aside, { recursive: true, force: true })
  mkdirSync(aside)
  for (const suffix of ['', '-wal', '-shm']) {
    try {
      renameSync(`${under.database}${suffix}`, `${aside}/file${suffix}`)
    } catch {
      // no such file (the -wal and -shm are gone after a clean stop)
    }
  }
  mkdirSync(under.database)
  await under.stack.startInstance(0, 'answering')
  await under.stack.startInstance(1, 'answering')

  const cached = await get('/glosowania')
  expect(cached.status).toBe(200)
  expect(cacheStatus(cached)).toBe('STALE')
  expect(cached.text).toContain('Głosowania')
  // The instances' own answer (lib/health/outageResponse.ts), passed on by the edge.
  const databaseDown = 'nie możemy połączyć się z bazą danych'
  const never = await get(`/nigdy-nie-odwiedzona-${Date.now()}`)
  expect(never.status).toBe(503)
  expect(never.text).toContain(databaseDown)
  const api = await get('/api/articles?limit=1')
  expect(api.status).toBe(503)
  expect(JSON.parse(api.text).errors[0].message).toContain(databaseDown)
  const admin = await get('/admin')
  expect(admin.status).toBe(503)
  expect(admin.text).toContain(databaseDown)

  // The database comes back; the same processes serve fresh pages again.
  rmSync(under.database, { recursive: true })
  for (const suffix of ['', '-wal', '-shm']) {
    try {
      renameSync(`${aside}/file${suffix}`, `${under.database}${suffix}`)
    } catch {
      // not there
    }
  }
  rmSync(aside, { recursive: true, force: true })
  await expect(async () => {
    const api = await get('/api/articles?limit=1')
    expect(api.status).toBe(200)
    const page = await get(`/aktualnosci?po-awarii=${Date.now()}`)
    expect(page.status).toBe(200)
    expect(cacheStatus(page)).toBe('MISS')
  }).toPass({ timeout: 60_000 })
  await expect.poll(async () => cacheStatus(await get('/glosowania')), { timeout: 10_000 }).toBe('HIT')
})
