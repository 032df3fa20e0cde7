import { expect, test } from '@playwright/test'

import { ARTICLE_PATH, E2E_ADMIN } from './server'
import { payloadFormReady } from './payloadForm'

test('an editor logs into /admin, changes the lead, publishes, and the public page shows it', async ({ page, request }) => {
  const newLead = `Gmina Konstancin-Jeziorna jest członkiem Związku Miast Polskich od 15 listopada 2024 r. (zmiana ${Date.now()})`

  await page.goto('/admin')
  await payloadFormReady(page)
  await page.locator('#field-email').fill(E2E_ADMIN.email)
  await page.locator('#field-password').fill(E2E_ADMIN.password)
  await page.locator('button[type="submit"]').click()
  await expect(page).toHaveURL(/\/admin$/, { timeout: 30_000 })

  const login = await request.post('/api/users/login', { data: E2E_ADMIN })
  const { token } = await login.json()
  const found = await request.get(
    '/api/articles?where[slug][equals]=konstancin-jeziorna-zostal-czlonkiem-zwiazku-miast-polskich',
    { headers: { Authorization: `JWT ${token}` } },
  )
  const id = (await found.json()).docs[0].id

  await page.goto(`/admin/collections/articles/${id}`)
  const lead = page.locator('#field-lead')
  await expect(lead).toBeVisible({ timeout: 30_000 })
  await lead.fill(newLead)
  await page.getByRole('button', { name: 'Opublikuj zmiany' }).click()
  await expect(page.getByText(/opublikowan/i).first()).toBeVisible({ timeout: 30_000 })

  await expect(async () => {
    const response = await request.get(ARTICLE_PATH)
    expect(response.status()).toBe(200)
    expect(await response.text()).toContain(newLead)
  }).toPass({ timeout: 20_000 })

  await page.goto(ARTICLE_PATH)
  await expect(page.locator('.article__lead')).toHaveText(newLead)
})
