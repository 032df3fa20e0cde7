import { expect, test } from '@playwright/test'

import { logIntoAdmin } from './accounts'
import { adminHeaders, uniqueSuffix } from './adminApi'
import { E2E_ADMIN } from './server'

/** What an officer does in a Polish, Europe/Warsaw browser (playwright.config.ts sets both). */

test('a slug typed with spaces, capitals and a dash is normalised on the spot, and the address is shown', async ({ page, request }) => {
  await logIntoAdmin(page, E2E_ADMIN)
  const suffix = uniqueSuffix()
  await page.goto('/admin/collections/articles/create')
  await page.locator('#field-title').fill(`Objazd ${suffix}`)
  await page.locator('#field-lead').fill('Od poniedziałku zmienia się organizacja ruchu.')
  await expect(page).toHaveURL(/\/admin\/collections\/articles\/\d+/, { timeout: 30_000 })
  const id = /articles\/(\d+)/.exec(page.url())![1]

  const slug = page.locator('#field-slug')
  await slug.fill(`Zmiana ruchu – ul. Warszawska ${suffix}`)
  const expected = `zmiana-ruchu-ul-warszawska-${suffix}`
  // While typing: the address it will have.
  await expect(page.getByTestId('slug-address')).toHaveText(`Adres w portalu: /aktualnosci/${expected} (tak zostanie zapisany)`)
  await slug.press('Tab')
  await expect(slug).toHaveValue(expected)
  await expect(page.getByTestId('slug-address')).toHaveText(`Adres w portalu: /aktualnosci/${expected}`)

  await expect(async () => {
    const saved = await (await request.get(`/api/articles/${id}?draft=true`, { headers: await adminHeaders(request) })).json()
    expect(saved.slug).toBe(expected)
  }).toPass({ timeout: 20_000 })
})
