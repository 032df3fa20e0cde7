import { expect, test } from '@playwright/test'

import { payloadFormReady } from './payloadForm'
import { ARTICLE_PATH, E2E_ADMIN } from './server'

const directives = (policy: string) =>
  Object.fromEntries(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name, values]),
  )

test('every public response carries the security headers, and no eval is allowed', async ({ request }) => {
  for (const path of ['/', ARTICLE_PATH, '/glosowania', '/nie-ma-takiej-strony', '/api/articles?limit=1']) {
    const response = await request.get(path)
    const headers = response.headers()
    expect(headers['x-powered-by'], path).toBeUndefined()
    expect(headers['x-content-type-options'], path).toBe('nosniff')
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin')
    expect(headers['permissions-policy'], path).toContain('camera=()')
    expect(headers['strict-transport-security'], path).toMatch(/max-age=\d{7,}/)
    const csp = directives(headers['content-security-policy'] ?? '')
    expect(csp['script-src'], path).not.toContain("'unsafe-eval'")
    expect(csp['object-src'], path).toEqual(["'none'"])
    expect(csp['base-uri'], path).toEqual(["'self'"])
    expect(csp['frame-ancestors'], path).toEqual(["'none'"])
  }
})

test('public pages work under their policy: no script or style is refused', async ({ page }) => {
  const refused: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text())
  })
  await page.goto('/')
  await page.getByRole('link', { name: 'Konstancin-Jeziorna został członkiem Związku Miast Polskich' }).click()
  await expect(page.locator('h1')).toHaveText('Konstancin-Jeziorna został członkiem Związku Miast Polskich')
  expect(refused).toEqual([])
})

test('the admin works under its own policy: log in and open an article', async ({ page }) => {
  const refused: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text())
  })
  const response = await page.goto('/admin')
  expect(directives(response?.headers()['content-security-policy'] ?? '')['frame-ancestors']).toEqual(["'self'"])
  await payloadFormReady(page)
  await page.locator('#field-email').fill(E2E_ADMIN.email)
  await page.locator('#field-password').fill(E2E_ADMIN.password)
  await page.locator('button[type="submit"]').click()
  await expect(page).toHaveURL(/\/admin$/, { timeout: 30_000 })

  await page.goto('/admin/collections/articles')
  await page.getByRole('link', { name: 'Konstancin-Jeziorna został członkiem Związku Miast Polskich' }).first().click()
  await expect(page.locator('#field-lead')).toBeVisible({ timeout: 30_000 })
  await expect(page.locator('#field-title')).toHaveValue('Konstancin-Jeziorna został członkiem Związku Miast Polskich')
  expect(refused).toEqual([])
})

test("only the admin asks for the reader's colour scheme: public pages send no client-hint headers that make Chromium repeat a request", async ({ request }) => {
  for (const path of ['/', ARTICLE_PATH, '/nie-ma-takiej-strony']) {
    const headers = (await request.get(path)).headers()
    expect(headers['critical-ch'], path).toBeUndefined()
    expect(headers['accept-ch'], path).toBeUndefined()
  }
  // The admin renders its light or dark theme from that hint.
  const admin = (await request.get('/admin/login')).headers()
  expect(admin['accept-ch']).toBe('Sec-CH-Prefers-Color-Scheme')
  expect(admin['critical-ch']).toBe('Sec-CH-Prefers-Color-Scheme')
})
