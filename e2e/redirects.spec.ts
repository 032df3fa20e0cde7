import path from 'node:path'

import { createClient } from '@libsql/client'
import { type APIRequestContext, type APIResponse, expect, test } from '@playwright/test'

import { adminToken, adminWrite, uniqueSuffix } from './adminApi'
import { ARTICLE_PATH, E2E_ADMIN, E2E_BASE_URL } from './server'
import { payloadFormReady } from './payloadForm'

const OLD_SITE_PATH = '/news/konstancin-jeziorna-zostal-czlonkiem-zwiazku-miast-polskich'

/** A permanent redirect with exactly one Location header; returns that Location, made absolute. */
function permanentLocation(response: APIResponse): string {
  expect([301, 308]).toContain(response.status())
  const locations = response.headersArray().filter((h) => h.name.toLowerCase() === 'location')
  expect(locations).toHaveLength(1)
  return new URL(locations[0].value, E2E_BASE_URL).toString()
}

const noFollow = (request: APIRequestContext, path: string) => request.get(path, { maxRedirects: 0 })

test.describe('links that last', () => {
  test("the old site's address answers one permanent redirect to the article, query string kept", async ({ request }) => {
    expect(permanentLocation(await noFollow(request, OLD_SITE_PATH))).toBe(`${E2E_BASE_URL}${ARTICLE_PATH}`)
    const withQuery = await noFollow(request, `${OLD_SITE_PATH}?utm_source=newsletter&strona=2`)
    expect(permanentLocation(withQuery)).toBe(`${E2E_BASE_URL}${ARTICLE_PATH}?utm_source=newsletter&strona=2`)
    const followed = await request.get(OLD_SITE_PATH)
    expect(followed.status()).toBe(200)
  })

  test("the old site's other shapes: /index.php/news/<slug>, /news, /news/ and /news?page=N, each in one permanent redirect", async ({
    request,
  }) => {
    const cases: [string, string][] = [
      [`/index.php${OLD_SITE_PATH}`, ARTICLE_PATH],
      [`/index.php${OLD_SITE_PATH}?utm_source=google`, `${ARTICLE_PATH}?utm_source=google`],
      [`${OLD_SITE_PATH}/`, ARTICLE_PATH],
      ['/news', '/aktualnosci'],
      ['/news/', '/aktualnosci'],
      ['/index.php/news', '/aktualnosci'],
      ['/news?page=0', '/aktualnosci'],
      // Drupal counted pages from 0: its ?page=1 is the second page.
      ['/news?page=1&utm_source=newsletter', '/aktualnosci/strona/2?utm_source=newsletter'],
      ['/news/?page=2', '/aktualnosci/strona/3'],
      ['/aktualnosci/', '/aktualnosci'],
    ]
    for (const [old, now] of cases) {
      expect(permanentLocation(await noFollow(request, old)), old).toBe(`${E2E_BASE_URL}${now}`)
    }
    expect((await request.get('/news?page=0')).status()).toBe(200)
  })

  test('every earlier slug of an article goes to the current one in one hop; a new article can take an old slug', async ({
    request,
  }) => {
    const base = `artykul-przenoszony-${uniqueSuffix()}`
    const doc = await adminWrite(request, 'post', '/api/articles', {
      title: 'Artykuł przenoszony (test)',
      slug: `${base}-a`,
      lead: 'Fikcyjny artykuł do testu przekierowań.',
      // Dated in the past: test articles must not push the seeded article off the home page.
      publishedAt: '2020-03-01T09:00:00.000Z',
      _status: 'published',
    })
    await adminWrite(request, 'patch', `/api/articles/${doc.id}`, { slug: `${base}-b`, _status: 'published' })
    await adminWrite(request, 'patch', `/api/articles/${doc.id}`, { slug: `${base}-c`, _status: 'published' })

    const current = `${E2E_BASE_URL}/aktualnosci/${base}-c`
    expect(permanentLocation(await noFollow(request, `/aktualnosci/${base}-a`))).toBe(current)
    expect(permanentLocation(await noFollow(request, `/aktualnosci/${base}-b?ref=x`))).toBe(`${current}?ref=x`)
    expect((await noFollow(request, `/aktualnosci/${base}-c`)).status()).toBe(200)

    await adminWrite(request, 'post', '/api/articles', {
      title: 'Nowy artykuł pod starym adresem (test)',
      slug: `${base}-a`,
      lead: 'Fikcyjny artykuł, który przejmuje stary adres.',
      // Dated in the past: test articles must not push the seeded article off the home page.
      publishedAt: '2020-03-01T09:00:00.000Z',
      _status: 'published',
    })
    const reclaimed = await noFollow(request, `/aktualnosci/${base}-a`)
    expect(reclaimed.status()).toBe(200)
    expect(await reclaimed.text()).toContain('Nowy artykuł pod starym adresem (test)')
  })

  test('a renamed organisation keeps its old address', async ({ request }) => {
    const slug = `organizacja-testowa-${uniqueSuffix()}`
    const org = await adminWrite(request, 'post', '/api/organisations', {
      name: 'Organizacja testowa (fikcyjna)',
      slug,
      classification: 'other',
    })
    await adminWrite(request, 'patch', `/api/organisations/${org.id}`, { slug: `${slug}-nowa` })
    expect(permanentLocation(await noFollow(request, `/organizacje/${slug}`))).toBe(
      `${E2E_BASE_URL}/organizacje/${slug}-nowa`,
    )
  })

  test('the admin refuses a redirect that would loop, with a Polish message', async ({ page, request }) => {
    const base = `/stary-adres-${uniqueSuffix()}`
    await adminWrite(request, 'post', '/api/redirects', { from: `${base}/1`, to: `${base}/2` })
    const message = `To przekierowanie tworzyłoby pętlę: ${base}/2 → ${base}/1 → ${base}/2.`

    const headers = { Authorization: `JWT ${await adminToken(request)}`, 'Accept-Language': 'pl' }
    const refused = await request.post('/api/redirects', { headers, data: { from: `${base}/2`, to: `${base}/1` } })
    expect(refused.status()).toBe(400)
    expect((await refused.json()).errors[0].data.errors).toContainEqual(expect.objectContaining({ path: 'to', message }))

    await page.goto('/admin')
    await payloadFormReady(page)
    await page.locator('#field-email').fill(E2E_ADMIN.email)
    await page.locator('#field-password').fill(E2E_ADMIN.password)
    await page.locator('button[type="submit"]').click()
    await expect(page).toHaveURL(/\/admin$/, { timeout: 30_000 })

    await page.goto('/admin/collections/redirects/create')
    await page.locator('#field-from').fill(`${base}/2`)
    // The admin checks the form on the server after each change; a late answer to that check
    // would replace the errors of the save, so the save waits until the admin is idle.
    await page.locator('#field-to').fill(`${base}/1`)
    await page.locator('#field-to').press('Tab')
    await page.waitForLoadState('networkidle')
    const save = page.getByRole('button', { name: 'Zapisz' })
    await expect(save).toBeEnabled()
    await save.click()
    const to = page.locator('.field-type.text:has(#field-to)')
    await expect(to).toHaveClass(/\berror\b/, { timeout: 30_000 })
    await expect(to.locator('.field-error')).toHaveText(message)
    const stored = await request.get(`/api/redirects?where[from][equals]=${encodeURIComponent(`${base}/2`)}`)
    expect((await stored.json()).totalDocs).toBe(0)
  })
})

test.describe('a redirect never leaves the site', () => {
  const LEAVING = ['/..//evil.example', '/.//evil.example', '/a/../..//evil.example', '/%2e%2e//evil.example']

  test('the API refuses to save a target that resolves to another host, with a Polish field error', async ({ request }) => {
    const headers = { Authorization: `JWT ${await adminToken(request)}`, 'Accept-Language': 'pl' }
    for (const to of LEAVING) {
      const from = `/stary-${uniqueSuffix()}`
      const refused = await request.post('/api/redirects', { headers, data: { from, to } })
      expect(refused.status(), to).toBe(400)
      const errors = (await refused.json()).errors[0].data.errors
      expect(errors).toContainEqual(expect.objectContaining({ path: 'to', message: expect.stringContaining('prowadzi poza portal') }))
      expect((await noFollow(request, from)).status()).toBe(404)
    }
  })

  test('a stored redirect saved before the rule is not followed off the site', async ({ request }) => {
    // Written straight into the database, as a redirect saved before the rule would be.
    const from = `/stary-sprzed-reguly-${uniqueSuffix()}`
    const database = createClient({ url: `file:${path.resolve('data/e2e.db')}` })
    await database.execute({ sql: 'INSERT INTO redirects ("from", "to") VALUES (?, ?)', args: [from, '/..//evil.example'] })
    database.close()
    // Saving any redirect makes the proxy read the table again at once.
    const fresh = `/stary-${uniqueSuffix()}`
    await adminWrite(request, 'post', '/api/redirects', { from: fresh, to: ARTICLE_PATH })
    expect(permanentLocation(await noFollow(request, fresh))).toBe(`${E2E_BASE_URL}${ARTICLE_PATH}`)

    const response = await noFollow(request, from)
    expect(response.headers()['location'] ?? '').not.toContain('evil.example')
    expect(response.status()).toBe(404)
  })
})
