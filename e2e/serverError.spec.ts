import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { expect, test } from '@playwright/test'

import { backupSqlite, SNAPSHOT_DATABASE } from '../lib/backup/sqliteBackup'
import { listening } from '../tests/support/ports'
import { adminHeaders, adminWrite, uniqueSuffix } from './adminApi'
import { freePortSync } from './freePort'
import { ARTICLE_PATH, E2E_SERVER_ENV } from './server'

/**
 * A page that fails to render: a second server on the same build, whose database answers
 * but has lost the votes table, so that a vote page's query fails. The reader gets a 500
 * whose HTML as served holds the Polish error page inside the site's header and footer.
 */
const PORT = freePortSync()
const BASE = `http://127.0.0.1:${PORT}`
const work = mkdtempSync(path.join(tmpdir(), 'portal-render-error-'))
const DATABASE = path.join(work, SNAPSHOT_DATABASE)

let server: ChildProcess | undefined

test.afterAll(() => {
  server?.kill('SIGTERM')
  rmSync(work, { recursive: true, force: true })
})

test('a page that fails to render answers 500 with the Polish error page in the served HTML', async ({ request, browser }) => {
  test.setTimeout(180_000)
  await backupSqlite(path.resolve('data/e2e.db'), path.join(work, 'no-media'), work)
  const database = createClient({ url: `file:${DATABASE}` })
  await database.execute('ALTER TABLE votes RENAME TO votes_lost')
  database.close()

  server = spawn('bash', ['scripts/start.sh', '-p', String(PORT), '-H', '127.0.0.1'], {
    env: { ...process.env, ...E2E_SERVER_ENV, DATABASE_URI: `file:${DATABASE}`, SITE_URL: BASE },
    stdio: 'ignore',
  })
  await expect.poll(() => listening(PORT), { timeout: 60_000 }).toBe(true)
  await expect.poll(async () => (await request.get(`${BASE}/api/stan-bazy`)).status(), { timeout: 60_000 }).toBe(200)

  // A vote page no cache holds, so that it is rendered and meets the missing table.
  const address = `/glosowania/sprawdzenie-bledu-${Date.now()}`
  const response = await request.get(`${BASE}${address}`)
  expect(response.status()).toBe(500)
  const html = await response.text()
  expect(html).not.toContain('id="__next_error__"')
  expect(html).toMatch(/^<!DOCTYPE html><html lang="pl"/)
  expect(html).toMatch(/<h1[^>]*>Przepraszamy, wystąpił błąd<\/h1>/)
  expect(html).toMatch(/<nav[^>]*aria-label="Główne działy"[^>]*>[\s\S]*?Głosowania rady/)
  expect(html).toMatch(/<form role="search" aria-label="Szukaj w portalu"[^>]*action="\/szukaj"/)
  expect(response.headers()['cache-control']).toMatch(/no-store/)

  // Without JavaScript a reader sees it too.
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  const seen = await page.goto(`${BASE}${address}-2`)
  expect(seen?.status()).toBe(500)
  await expect(page.locator('h1')).toHaveText('Przepraszamy, wystąpił błąd')
  await expect(page.getByRole('navigation', { name: 'Główne działy' })).toBeVisible()
  await context.close()
})

test('a page that renders is never sent with the error page in it, freshly rendered or from the cache', async ({ request }) => {
  const slug = `kategoria-sprawdzenie-${uniqueSuffix()}`
  const category = await adminWrite(request, 'post', '/api/categories', { title: 'Sprawdzenie renderowania', slug })
  try {
    for (const address of [`/aktualnosci/kategoria/${slug}`, `/aktualnosci/kategoria/${slug}`, '/', ARTICLE_PATH, '/deklaracja-dostepnosci']) {
      const response = await request.get(address)
      expect(response.status(), address).toBe(200)
      // The markup as a reader without JavaScript gets it (the scripts carry the fallback as data).
      const html = (await response.text()).replace(/<script[\s\S]*?<\/script>/g, '')
      expect(html, address).not.toContain('Przepraszamy, wystąpił błąd')
      // No boundary sent unfinished (<!--$?-->) or given up (<!--$!-->): the page was rendered whole.
      expect(html, address).not.toMatch(/<!--\$[?!]-->/)
      expect(html, address).toContain('</footer>')
    }
  } finally {
    await request.delete(`/api/categories/${category.id}`, { headers: await adminHeaders(request) })
  }
})
