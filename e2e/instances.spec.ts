import path from 'node:path'

import { createClient } from '@libsql/client'
import { type APIRequestContext, expect, test } from '@playwright/test'
import { createClient as createRedisClient } from 'redis'

import { freePort } from '../tests/support/ports'
import { RedisServer } from '../tests/support/redisServer'
import { copyOfE2eDatabase, type Instance, removeDatabase, startInstance, stopInstance } from './instances'
import { E2E_ADMIN } from './server'

/**
 * Two app instances from one build on one SQLite file, sharing a real redis-server
 * (REDIS_URL), as `npm run stack` runs them: what one instance changes, the other serves
 * at once, without a timer; with Redis gone both keep serving, and they share again when
 * it is back.
 */
test.describe.configure({ mode: 'serial' })

const ARTICLE_SLUG = 'konstancin-jeziorna-zostal-czlonkiem-zwiazku-miast-polskich'
const ARTICLE = `/aktualnosci/${ARTICLE_SLUG}`
const DATABASE = path.resolve('data/instances.db')

let redis: RedisServer
let a: Instance
let b: Instance
let token: string
let articleId: number
let addresses = 0
/** Each request group from its own documentation address (RFC 5737), so that limits meet only where a test wants them to. */
const freshAddress = () => `192.0.2.${(addresses++ % 250) + 1}`

test.beforeAll(async ({ playwright }) => {
  test.setTimeout(300_000)
  redis = new RedisServer(await freePort())
  await redis.start()
  await copyOfE2eDatabase(DATABASE)
  const env = { REDIS_URL: redis.url, SEARCH_RATE_LIMIT: '5', SEARCH_RATE_WINDOW_SECONDS: '120' }
  ;[a, b] = await Promise.all([startInstance('A', DATABASE, env), startInstance('B', DATABASE, env)])
  const api = await playwright.request.newContext()
  const login = await api.post(`${a.base}/api/users/login`, { data: E2E_ADMIN, headers: { 'x-forwarded-for': freshAddress() } })
  expect(login.status()).toBe(200)
  token = (await login.json()).token
  const found = await (await api.get(`${a.base}/api/articles?where[slug][equals]=${ARTICLE_SLUG}&depth=0`)).json()
  articleId = found.docs[0].id
  await api.dispose()
})

test.afterAll(async () => {
  await Promise.all([stopInstance(a), stopInstance(b)])
  await redis?.remove()
  removeDatabase(DATABASE)
})

const asEditor = () => ({ Authorization: `JWT ${token}`, 'x-forwarded-for': freshAddress() })

/** The page as a reader gets it from one instance, after a first request has put it in the cache. */
async function cachedOn(request: APIRequestContext, instance: Instance, pagePath: string) {
  await expect(async () => {
    const response = await request.get(`${instance.base}${pagePath}`)
    expect(response.status()).toBe(200)
    expect(response.headers()['x-nextjs-cache']).toBe('HIT')
  }).toPass({ timeout: 30_000 })
}

async function editTitle(request: APIRequestContext, instance: Instance, title: string) {
  const response = await request.patch(`${instance.base}/api/articles/${articleId}`, { headers: asEditor(), data: { title } })
  expect(response.status()).toBe(200)
}

const headingOn = async (request: APIRequestContext, instance: Instance, pagePath: string) => {
  const response = await request.get(`${instance.base}${pagePath}`)
  expect(response.status()).toBe(200)
  return /<h1[^>]*>([^<]*)<\/h1>/.exec(await response.text())?.[1]
}

test('an article edited through A is what B serves next, though B had it cached', async ({ request }) => {
  await cachedOn(request, b, ARTICLE)
  await cachedOn(request, a, ARTICLE)
  const title = `Artykuł zmieniony na instancji A ${Date.now()}`
  await editTitle(request, a, title)
  await expect.poll(() => headingOn(request, b, ARTICLE), { timeout: 10_000 }).toBe(title)
  expect(await headingOn(request, a, ARTICLE)).toBe(title)
  // And B serves it from the shared cache again.
  await cachedOn(request, b, ARTICLE)
  expect(await headingOn(request, b, ARTICLE)).toBe(title)
})

test('site settings saved through A reach every cached page on B (layout and its cached data)', async ({ request }) => {
  await cachedOn(request, b, '/')
  const tagline = `Podtytuł z instancji A ${Date.now()}`
  const saved = await request.post(`${a.base}/api/globals/site-settings`, { headers: asEditor(), data: { tagline } })
  expect(saved.status()).toBe(200)
  await expect.poll(async () => (await request.get(`${b.base}/`)).text(), { timeout: 10_000 }).toContain(tagline)
  expect(await (await request.get(`${b.base}${ARTICLE}`)).text()).toContain(tagline)
})

test('a search limit counts the requests of one address on both instances together', async ({ request }) => {
  const headers = { 'x-forwarded-for': freshAddress() }
  const search = (instance: Instance) => request.get(`${instance.base}/szukaj?q=rada`, { headers })
  // SEARCH_RATE_LIMIT is 5: three on A and two on B use it up.
  for (const instance of [a, b, a, b, a]) expect((await search(instance)).status()).toBe(200)
  const refused = await search(b)
  expect(refused.status()).toBe(429)
  expect(await refused.text()).toContain('Zbyt wiele wyszukiwań z tego adresu')
  expect((await search(a)).status()).toBe(429)
})

test('a redirect added through A answers on both instances at once', async ({ request }) => {
  const from = `/stary-portal/wiadomosc-${Date.now()}`
  // Both proxies hold their redirect table in memory now.
  for (const instance of [a, b]) expect((await request.get(`${instance.base}${from}`, { maxRedirects: 0 })).status()).toBe(404)
  const created = await request.post(`${a.base}/api/redirects`, { headers: asEditor(), data: { from, to: ARTICLE } })
  expect(created.status()).toBe(201)
  // The table's own refresh comes after 30 s: this is the change notice.
  for (const instance of [b, a]) {
    await expect
      .poll(async () => {
        const response = await request.get(`${instance.base}${from}`, { maxRedirects: 0 })
        return `${response.status()} ${response.headers().location ?? ''}`
      }, { timeout: 10_000 })
      .toMatch(new RegExp(`^308 .*${ARTICLE}$`))
  }
})

test('search pages B keeps in memory are dropped when the index changes through A', async ({ request }) => {
  // Letters only, all of them unusual: the search keeps the first 70% of a long word.
  const word = Array.from({ length: 12 }, () => 'bcdfghjklmnprstwz'[Math.floor(Math.random() * 17)]).join('')
  const searchOn = (instance: Instance) =>
    request.get(`${instance.base}/szukaj?q=${word}`, { headers: { 'x-forwarded-for': freshAddress() } })
  // The second request of a query has the proxy keep its page; a later one is served from there.
  // (For two seconds after a change, e.g. the previous test's edits, a page is not kept.)
  await expect.poll(async () => (await searchOn(b)).headers()['x-portal-search-cache'], { timeout: 10_000 }).toBe('HIT')
  const title = `Artykuł ze słowem ${word}`
  expect(await (await searchOn(b)).text()).not.toContain(title)

  await editTitle(request, a, title)
  // B's page would otherwise live 60 s: the change notice drops it.
  await expect.poll(async () => (await searchOn(b)).text(), { timeout: 10_000 }).toContain(title)
  expect(await (await searchOn(a)).text()).toContain(title)
})

test('writes through both instances at once to one SQLite file all succeed', async ({ request }) => {
  const stamp = Date.now()
  const writes = Array.from({ length: 24 }, (_, i) =>
    request.post(`${(i % 2 ? a : b).base}/api/redirects`, {
      headers: asEditor(),
      data: { from: `/rownolegle-${stamp}-${i}`, to: ARTICLE },
    }),
  )
  const statuses = await Promise.all(writes.map(async (write) => (await write).status()))
  expect(statuses).toEqual(statuses.map(() => 201))
  const listed = await (await request.get(`${b.base}/api/redirects?where[from][like]=rownolegle-${stamp}&limit=100`)).json()
  expect(listed.totalDocs).toBe(24)
})

test('scheduled publications due at once are each run exactly once, by one instance or the other', async ({ request }) => {
  test.setTimeout(120_000)
  const stamp = Date.now()
  const drafts: { id: number; slug: string }[] = []
  for (let i = 0; i < 4; i++) {
    const created = await request.post(`${a.base}/api/articles?draft=true`, {
      headers: asEditor(),
      data: { title: `Zaplanowany ${stamp} ${i}`, lead: 'Publikacja zaplanowana, wykonana przez jedną z instancji.', _status: 'draft' },
    })
    expect(created.status()).toBe(201)
    const { doc } = await created.json()
    drafts.push({ id: doc.id, slug: doc.slug })
  }
  // What "Zaplanuj publikację" queues (Payload's schedulePublish task), already due. The
  // jobs collection has no REST access, so straight into the database both instances use.
  const database = createClient({ url: `file:${DATABASE}` })
  const due = new Date().toISOString()
  const jobIds: number[] = []
  for (const draft of drafts) {
    const input = JSON.stringify({ type: 'publish', doc: { relationTo: 'articles', value: String(draft.id) } })
    const inserted = await database.execute({
      sql: `INSERT INTO payload_jobs (input, task_slug, queue, wait_until, processing, total_tried, has_error) VALUES (?, 'schedulePublish', 'default', ?, 0, 0, 0) RETURNING id`,
      args: [input, due],
    })
    jobIds.push(Number(inserted.rows[0].id))
  }
  // Payload deletes a job once it completes; a failed one stays, marked.
  const list = jobIds.join(',')
  await expect
    .poll(async () => Number((await database.execute(`SELECT count(*) AS n FROM payload_jobs WHERE id IN (${list})`)).rows[0].n), {
      timeout: 60_000,
      intervals: [1000],
    })
    .toBe(0)
  // Each run of the task publishes, which saves a version: one run, one published version.
  for (const draft of drafts) {
    const published = await database.execute({
      sql: `SELECT count(*) AS n FROM _articles_v WHERE parent_id = ? AND version__status = 'published'`,
      args: [draft.id],
    })
    expect(Number(published.rows[0].n)).toBe(1)
    for (const instance of [a, b]) expect((await request.get(`${instance.base}/aktualnosci/${draft.slug}`)).status()).toBe(200)
  }
  database.close()
})

test('Redis stopped: both instances keep serving, and share again when it is back', async ({ request }) => {
  test.setTimeout(180_000)
  // A Redis that comes back with old data (a snapshot taken now, with B's cached page).
  await cachedOn(request, b, ARTICLE)
  const before = await headingOn(request, b, ARTICLE)
  const admin = createRedisClient({ url: redis.url })
  await admin.connect()
  await admin.sendCommand(['SAVE'])
  await admin.close()
  await redis.stop()

  for (const instance of [a, b]) {
    for (const pagePath of ['/', ARTICLE, '/aktualnosci', '/glosowania']) {
      expect((await request.get(`${instance.base}${pagePath}`)).status(), `${instance.name} ${pagePath}`).toBe(200)
    }
    expect((await request.get(`${instance.base}/szukaj?q=rada`, { headers: { 'x-forwarded-for': freshAddress() } })).status()).toBe(200)
    await expect.poll(() => instance.log.join('\n')).toContain(`Redis (${redis.url}) niedostępny`)
  }
  // Edits still reach every reader: pages are rendered per request meanwhile.
  const duringOutage = `Zmiana w czasie przerwy Redisa ${Date.now()}`
  await editTitle(request, a, duringOutage)
  await expect.poll(() => headingOn(request, b, ARTICLE), { timeout: 10_000 }).toBe(duringOutage)
  // Limits are counted in each instance's memory meanwhile.
  const headers = { 'x-forwarded-for': freshAddress() }
  for (let i = 0; i < 5; i++) expect((await request.get(`${a.base}/szukaj?q=rada`, { headers })).status()).toBe(200)
  expect((await request.get(`${a.base}/szukaj?q=rada`, { headers })).status()).toBe(429)

  await redis.start()
  for (const instance of [a, b]) {
    await expect.poll(() => instance.log.join('\n'), { timeout: 30_000 }).toContain(`Redis (${redis.url}) znów dostępny`)
    await expect.poll(() => instance.log.join('\n'), { timeout: 30_000 }).toMatch(/Redis: usunięto \d+ wpisów pamięci podręcznej stron/)
  }
  // The snapshot's copy of the page predates the edit: it was dropped, never served
  // (kept, B would serve it as a HIT for its whole lifetime).
  expect(before).not.toBe(duringOutage)
  expect(await headingOn(request, b, ARTICLE)).toBe(duringOutage)
  // Shared again: cached on B, and an edit through A reaches it.
  await cachedOn(request, b, ARTICLE)
  expect(await headingOn(request, b, ARTICLE)).toBe(duringOutage)
  const after = `Zmiana po powrocie Redisa ${Date.now()}`
  await editTitle(request, a, after)
  await expect.poll(() => headingOn(request, b, ARTICLE), { timeout: 10_000 }).toBe(after)
})
