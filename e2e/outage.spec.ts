import { type ChildProcess, spawn } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { expect, test } from '@playwright/test'

import { backupSqlite, SNAPSHOT_DATABASE } from '../lib/backup/sqliteBackup'
import { listening } from '../tests/support/ports'
import { E2E_PORT, E2E_SERVER_ENV } from './server'

/**
 * A second server on the same build, started while its database cannot be opened:
 * public pages answer a Polish 503 and the process keeps running; once the database
 * file is back, the same process serves the portal again, without a restart.
 */
const PORT = E2E_PORT + 1
const BASE = `http://127.0.0.1:${PORT}`
const DATABASE = path.resolve('data/outage.db')

let server: ChildProcess | undefined

test.afterAll(() => {
  server?.kill('SIGTERM')
  rmSync(DATABASE, { recursive: true, force: true })
  for (const suffix of ['-wal', '-shm']) rmSync(`${DATABASE}${suffix}`, { force: true })
})

test('database unavailable: Polish 503, the process keeps running, and recovers without a restart', async ({ request }) => {
  test.setTimeout(180_000)
  rmSync(DATABASE, { recursive: true, force: true })
  mkdirSync(DATABASE) // a folder where the database file should be: SQLite cannot open it

  // As in production; the script execs Node, so killing it stops the server (killing npx would not).
  server = spawn('bash', ['scripts/start.sh', '-p', String(PORT), '-H', '127.0.0.1'], {
    env: { ...process.env, ...E2E_SERVER_ENV, DATABASE_URI: `file:${DATABASE}`, SITE_URL: BASE },
    stdio: 'ignore',
  })
  let exited = false
  server.on('exit', () => (exited = true))

  await expect.poll(() => listening(PORT), { timeout: 60_000 }).toBe(true)

  // The first request, for a page no cache holds: it would read the database, so it is the
  // one that meets the outage, and it gets the Polish 503 as well, not an error page.
  const first = await request.get(`${BASE}/sprawdzenie-bazy-${Date.now()}`)
  expect(first.status()).toBe(503)
  expect(await first.text()).toContain('Portal chwilowo niedostępny')
  // Cached pages (this server shares the build's page cache) too, while the database is down.
  const home = await request.get(`${BASE}/`)
  expect(home.status()).toBe(503)
  expect(await home.text()).toContain('Portal chwilowo niedostępny')
  const article = await request.get(`${BASE}/aktualnosci/konstancin-jeziorna-zostal-czlonkiem-zwiazku-miast-polskich`)
  expect(article.status()).toBe(503)
  expect(article.headers()['retry-after']).toBeTruthy()
  const api = await request.get(`${BASE}/api/articles`)
  expect(api.status()).toBe(503)
  expect((await api.json()).errors[0].message).toMatch(/^Portal jest chwilowo niedostępny/)
  expect((await request.get(`${BASE}/api/stan-bazy`)).status()).toBe(503)
  const admin = await request.get(`${BASE}/admin`)
  expect(admin.status()).toBe(503)
  expect(await admin.text()).toContain('Portal chwilowo niedostępny')
  expect(exited).toBe(false)

  // The database comes back: a consistent copy of the test database is put in place.
  const work = mkdtempSync(path.join(tmpdir(), 'portal-outage-'))
  await backupSqlite(path.resolve('data/e2e.db'), path.join(work, 'no-media'), path.join(work, 'snapshot'))
  rmSync(DATABASE, { recursive: true, force: true })
  copyFileSync(path.join(work, 'snapshot', SNAPSHOT_DATABASE), DATABASE)
  rmSync(work, { recursive: true, force: true })

  await expect(async () => {
    const response = await request.get(`${BASE}/`)
    expect(response.status()).toBe(200)
    expect(await response.text()).toContain('Najnowsze aktualności')
  }).toPass({ timeout: 60_000 })
  expect((await request.get(`${BASE}/api/articles?limit=1`)).status()).toBe(200)
  expect((await request.get(`${BASE}/api/stan-bazy`)).status()).toBe(200)
  expect(exited).toBe(false)
})
