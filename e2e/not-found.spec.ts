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
