import { expect, test } from '@playwright/test'

import { ARTICLE_PATH } from './server'

const VOTE_PATH = '/glosowania/przystapienie-gminy-konstancin-jeziorna-do-zwiazku-miast-polskich'
const ORGANISATION_PATH = '/organizacje/zwiazek-miast-polskich'

test('every public page type is served from the cache after its first request', async ({ request }) => {
  for (const path of ['/', '/aktualnosci', '/glosowania', '/organizacje', ARTICLE_PATH, VOTE_PATH, ORGANISATION_PATH]) {
    await request.get(path)
    const response = await request.get(path)
    expect(response.status(), path).toBe(200)
    expect(response.headers()['x-nextjs-cache'], path).toBe('HIT')
  }
})

test('the internal addresses of the list pages lead to the public ones', async ({ request }) => {
  for (const [internal, external] of [
    ['/strona-glowna', '/'],
    ['/glosowania/strona/1', '/glosowania'],
    ['/organizacje/strona/1', '/organizacje'],
  ]) {
    const response = await request.get(internal, { maxRedirects: 0 })
    expect([301, 308]).toContain(response.status())
    expect(new URL(response.headers().location, 'http://x').pathname).toBe(external)
  }
})

test('a visitor with a leftover draft-mode cookie and no login sees the published article', async ({ browser }) => {
  const context = await browser.newContext()
  await context.addCookies([{ name: '__prerender_bypass', value: 'stary-podglad', url: test.info().project.use.baseURL! }])
  const page = await context.newPage()
  await page.goto(ARTICLE_PATH)
  await expect(page.locator('h1')).toHaveText('Konstancin-Jeziorna został członkiem Związku Miast Polskich')
  await expect(page.getByText('Podgląd szkicu')).toHaveCount(0)
  await context.close()
})
