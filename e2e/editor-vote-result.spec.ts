import { expect, test } from '@playwright/test'

import { apiToken, logIntoAdmin } from './accounts'
import { E2E_ADMIN, VOTE_PATH } from './server'

// The seeded vote (11 for, 5 against, 3 abstaining): other tests add votes of their own.
const VOTE_SLUG = VOTE_PATH.split('/').pop()

test('entering a vote shows the derived result while the counts are typed', async ({ page, request }) => {
  const headers = { Authorization: `JWT ${await apiToken(request, E2E_ADMIN)}` }
  const vote = (await (await request.get(`/api/votes?where[slug][equals]=${VOTE_SLUG}&limit=1`, { headers })).json()).docs[0]

  await logIntoAdmin(page, E2E_ADMIN)
  await page.goto(`/admin/collections/votes/${vote.id}`)
  const result = page.getByTestId('vote-result')
  await expect(result).toHaveText('Uchwała przyjęta', { timeout: 30_000 })
  // Within the 21 seats (2 absent, 3 abstaining): 6 for, then 8 against, then 5 against.
  await page.locator('#field-counts__yes').fill('6')
  await expect(result).toHaveText('Uchwała przyjęta')
  await page.locator('#field-counts__no').fill('8')
  await expect(result).toHaveText('Uchwała odrzucona')
  await page.locator('#field-counts__no').fill('5')
  await expect(result).toHaveText('Uchwała przyjęta')
})
