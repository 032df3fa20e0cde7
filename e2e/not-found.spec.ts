import { expect, test } from '@playwright/test'

test('an unknown address gets a Polish 404 page with a search box', async ({ page }) => {
  for (const path of ['/nie-ma-takiej-strony', '/aktualnosci/nie-ma-takiego-artykulu', '/glosowania/nie-ma', '/a/b/c']) {
    const response = await page.goto(path)
    expect(response?.status(), path).toBe(404)
    await expect(page.locator('h1')).toHaveText('Nie znaleziono strony')
    await expect(page.getByRole('searchbox', { name: 'Szukaj w portalu' })).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('lang', 'pl')
  }
})

test('malformed page numbers get a 404 or a normal page, never a server error', async ({ request }) => {
  for (const n of ['abc', '-1', '0', '1e3', '10000000000000', '2', '%00', '..%2F..']) {
    const response = await request.get(`/aktualnosci/strona/${n}`, { maxRedirects: 0 })
    expect([200, 308, 400, 404], n).toContain(response.status())
  }
  const first = await request.get('/aktualnosci/strona/1', { maxRedirects: 0 })
  expect(first.status()).toBe(308)
  expect(first.headers().location).toMatch(/\/aktualnosci$/)
})

/**
 * Every kind of unknown address: a path at any depth, each kind of record, a page number past
 * the last, an unknown category, and a broken escape (the proxy's invalid-address page).
 */
const UNKNOWN_ADDRESSES = [
  '/nie-ma-takiej-strony',
  '/a/b/c',
  '/deklaracja-dostepnosci/nie-ma',
  '/aktualnosci/nie-ma-takiego-artykulu',
  '/glosowania/nie-ma-takiego-glosowania',
  '/organizacje/nie-ma-takiej-organizacji',
  '/sesje/nie-ma-takiej-sesji',
  '/radni/nie-ma-takiego-radnego',
  '/aktualnosci/kategoria/nie-ma-takiej-kategorii',
  '/aktualnosci/kategoria/samorzad/strona/999',
  '/aktualnosci/strona/999',
  '/glosowania/strona/999',
  '/organizacje/strona/999',
  '/sesje/strona/999',
  '/radni/strona/999',
  '/aktualnosci/%E0%A4%A',
  '/%C0%AF',
  // Past the file system's limit for a name (Next.js names its cache files after the segment).
  `/aktualnosci/${'bardzo-dlugi-adres-'.repeat(20)}`,
  '/aktualnosci/a%00b',
]

test('the 404 page is in the HTML as served: text, header, menu and search box, for every kind of unknown address', async ({ request }) => {
  for (const path of UNKNOWN_ADDRESSES) {
    // Twice: the first answer is rendered, the second comes from the page cache.
    for (const attempt of ['first', 'cached']) {
      const response = await request.get(path)
      const what = `${path} (${attempt})`
      expect(response.status(), what).toBe(404)
      const html = await response.text()
      expect(html, what).not.toContain('id="__next_error__"')
      expect(html, what).toMatch(/^<!DOCTYPE html><html lang="pl"/)
      expect(html, what).toMatch(/<h1[^>]*>Nie znaleziono strony<\/h1>/)
      expect(html, what).toMatch(/<span class="site-header__name">[^<]+<\/span>/)
      expect(html, what).toMatch(/<nav[^>]*aria-label="Główne działy"[^>]*>[\s\S]*?Głosowania rady/)
      expect(html, what).toMatch(/<form role="search" aria-label="Szukaj w portalu"[^>]*action="\/szukaj"/)
      expect(html, what).toContain('<meta name="robots" content="noindex"/>')
    }
  }
})

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false })

  test('a reader sees the 404 page, the menu and the search box', async ({ page }) => {
    for (const path of ['/aktualnosci/nie-ma-takiego-artykulu', '/nie-ma-takiej-strony', '/radni/strona/999', '/aktualnosci/%C0%AF']) {
      const response = await page.goto(path)
      expect(response?.status(), path).toBe(404)
      await expect(page.locator('h1')).toHaveText('Nie znaleziono strony')
      await expect(page.getByRole('navigation', { name: 'Główne działy' }).getByRole('link', { name: 'Głosowania rady' })).toBeVisible()
      await expect(page.getByRole('searchbox', { name: 'Szukaj w portalu' })).toBeVisible()
    }
    // The search box works without JavaScript: a plain form.
    await page.getByRole('searchbox', { name: 'Szukaj w portalu' }).fill('Związek Miast')
    await page.getByRole('search', { name: 'Szukaj w portalu' }).getByRole('button', { name: 'Szukaj' }).click()
    await expect(page).toHaveURL(/\/szukaj\?q=Zwi%C4%85zek/)
    await expect(page.locator('h1')).not.toHaveText('Nie znaleziono strony')
  })
})
