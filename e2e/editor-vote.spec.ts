import { expect, test } from '@playwright/test'

import { E2E_ADMIN, VOTE_PATH } from './server'
import { payloadFormReady } from './payloadForm'

// The seeded vote (11 for, 5 against, 3 abstaining): other tests add votes of their own.
const VOTE_SLUG = VOTE_PATH.split('/').pop()

test('the admin refuses vote counts above the council seats with a Polish message on the field', async ({
  page,
  request,
}) => {
  const login = await request.post('/api/users/login', { data: E2E_ADMIN })
  const { token } = await login.json()
  const headers = { Authorization: `JWT ${token}` }
  const vote = (await (await request.get(`/api/votes?where[slug][equals]=${VOTE_SLUG}&limit=1`, { headers })).json()).docs[0]

  await page.goto('/admin')
  await payloadFormReady(page)
  await page.locator('#field-email').fill(E2E_ADMIN.email)
  await page.locator('#field-password').fill(E2E_ADMIN.password)
  await page.locator('button[type="submit"]').click()
  await expect(page).toHaveURL(/\/admin$/, { timeout: 30_000 })

  await page.goto(`/admin/collections/votes/${vote.id}`)
  const yes = page.locator('#field-counts__yes')
  await expect(yes).toBeVisible({ timeout: 30_000 })
  // The admin checks the form on the server after each change; a late answer to that check
  // would replace the errors of the save, so the save waits for it.
  const formChecked = page.waitForResponse(
    (r) => r.request().method() === 'POST' && r.url().includes(`/admin/collections/votes/${vote.id}`),
  )
  await yes.fill('20')
  await yes.press('Tab')
  await formChecked
  await page.waitForLoadState('networkidle')
  const publish = page.getByRole('button', { name: 'Opublikuj zmiany' })
  await expect(publish).toBeEnabled()
  await publish.click()

  // The total's message stands at the top of the counts, whole, and no single count carries it.
  const total = page.getByTestId('vote-counts-error')
  await expect(total).toHaveText('Łącznie 30 głosów i nieobecności, a rada ma tylko 21 mandatów.', { timeout: 30_000 })
  await expect(page.locator('.field-type.number:has(#field-counts__absent)')).not.toHaveClass(/\berror\b/)
  const stored = (await (await request.get(`/api/votes/${vote.id}`, { headers })).json()).counts
  expect(stored.yes).toBe(11)
})
