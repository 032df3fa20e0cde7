import { expect, test } from '@playwright/test'

import { logIntoAdmin } from './accounts'
import { adminHeaders, adminWrite, uniqueSuffix } from './adminApi'
import { E2E_ADMIN, VOTE_PATH } from './server'

/** An officer records a council vote, in a Polish, Europe/Warsaw browser (playwright.config.ts). */

// The seeded vote (11 for, 5 against, 3 abstaining): other tests add votes of their own.
const VOTE_SLUG = VOTE_PATH.split('/').pop()

test.describe.configure({ timeout: 180_000 })

test('the voting body offers councils and committees only, and a body of another kind is refused, drafts too', async ({ page, request }) => {
  const headers = await adminHeaders(request)
  await logIntoAdmin(page, E2E_ADMIN)
  await page.goto('/admin/collections/votes/create')
  const body = page.locator('.field-type', { has: page.locator('label', { hasText: 'Organ głosujący (rada lub komisja)' }) })
  await expect(body).toBeVisible({ timeout: 30_000 })
  await body.locator('.rs__control').click()
  const options = page.locator('.rs__option')
  await expect(options.first()).toBeVisible()
  await expect(options.filter({ hasText: 'Rada Miejska Konstancin-Jeziorna' })).toHaveCount(1)
  await expect(options.filter({ hasText: 'Związek Miast Polskich' })).toHaveCount(0)
  await expect(options.filter({ hasText: 'Gmina Konstancin-Jeziorna' })).toHaveCount(0)

  // What the officer did before: the association as the body, 25 votes cast, saved as a draft.
  const zmp = (await (await request.get('/api/organisations?where[slug][equals]=zwiazek-miast-polskich&limit=1', { headers })).json()).docs[0]
  const refused = await request.post('/api/votes?draft=true', {
    headers: { ...headers, 'Accept-Language': 'pl' },
    data: {
      title: `Głosowanie w złym organie ${uniqueSuffix()}`,
      organization: zmp.id,
      startDate: '2024-10-01T00:00:00.000Z',
      motion: 'Wniosek testowy',
      counts: { yes: 25, no: 0, abstain: 0, absent: 0 },
      _status: 'draft',
    },
  })
  expect(refused.status()).toBe(400)
  const { errors } = await refused.json()
  expect(JSON.stringify(errors)).toContain('Organ głosujący musi być radą lub komisją rady, a „Związek Miast Polskich” to związek lub stowarzyszenie samorządów.')
  const stored = await (await request.get(`/api/votes?where[organization][equals]=${zmp.id}&draft=true&limit=1`, { headers })).json()
  expect(stored.totalDocs).toBe(0)
})

test('invalid counts: the total stands whole above the counts, the live result says the counts are wrong, a draft is refused', async ({ page, request }) => {
  const headers = await adminHeaders(request)
  const vote = (await (await request.get(`/api/votes?where[slug][equals]=${VOTE_SLUG}&limit=1`, { headers })).json()).docs[0]
  await logIntoAdmin(page, E2E_ADMIN)
  await page.goto(`/admin/collections/votes/${vote.id}`)
  const result = page.getByTestId('vote-result')
  await expect(result).toHaveText('Uchwała przyjęta', { timeout: 30_000 })
  await expect(page.getByTestId('vote-counts-total')).toHaveText('Łącznie: 21 głosów i nieobecności, organ ma 21 mandatów.')

  // A negative count: no result is claimed.
  await page.locator('#field-counts__no').fill('-3')
  await expect(result).toHaveText('Liczby głosów są nieprawidłowe')
  await expect(page.locator('.vote-result-preview')).not.toContainText('przeciw -3')
  await page.locator('#field-counts__no').fill('5')
  await expect(result).toHaveText('Uchwała przyjęta')

  // More than the seats: the message is at the top of the counts, whole, and the result is withheld.
  await page.locator('#field-counts__yes').fill('18')
  const total = page.getByTestId('vote-counts-error')
  await expect(total).toHaveText('Łącznie 28 głosów i nieobecności, a rada ma tylko 21 mandatów.')
  await expect(result).toHaveText('Liczby głosów są nieprawidłowe')
  const box = await total.boundingBox()
  const counts = await page.locator('#field-counts__yes').boundingBox()
  expect(box!.y).toBeLessThan(counts!.y)
  const clipped = await total.evaluate((el) => el.scrollWidth > el.clientWidth || el.scrollHeight > el.clientHeight)
  expect(clipped).toBe(false)

  // Saving it as a draft is refused as well, and nothing is stored.
  await page.locator('#field-counts__yes').press('Tab')
  await page.waitForLoadState('networkidle')
  await page.getByRole('button', { name: 'Zapisz szkic' }).click()
  await expect(page.locator('.payload-toast-container')).toContainText(/nieprawidłow|błęd/i, { timeout: 30_000 })
  await expect(total).toBeVisible()
  const latest = await (await request.get(`/api/votes/${vote.id}?draft=true`, { headers })).json()
  expect(latest.counts).toMatchObject({ yes: 11, no: 5, abstain: 3 })
})

test("an article's related votes mark the draft ones", async ({ page, request }) => {
  const headers = await adminHeaders(request)
  const council = (await (await request.get('/api/organisations?where[slug][equals]=rada-miejska-konstancin-jeziorna&limit=1', { headers })).json()).docs[0]
  const published = (await (await request.get(`/api/votes?where[slug][equals]=${VOTE_SLUG}&limit=1`, { headers })).json()).docs[0]
  const suffix = uniqueSuffix()
  const draftVote = await adminWrite(request, 'post', '/api/votes?draft=true', {
    title: `Głosowanie w przygotowaniu ${suffix}`,
    organization: council.id,
    startDate: '2020-03-01T00:00:00.000Z',
    motion: 'Wniosek testowy',
    counts: { yes: 10, no: 2, abstain: 1, absent: 0 },
    _status: 'draft',
  })
  const article = await adminWrite(request, 'post', '/api/articles?draft=true', {
    title: `Artykuł o głosowaniach ${suffix}`,
    lead: 'Artykuł z powiązanymi głosowaniami.',
    publishedAt: '2020-03-02T10:00:00.000Z',
    relatedVotes: [published.id, draftVote.id],
    _status: 'draft',
  })
  try {
    await logIntoAdmin(page, E2E_ADMIN)
    await page.goto(`/admin/collections/articles/${article.id}`)
    const drafts = page.getByTestId('related-vote-drafts')
    await expect(drafts).toBeVisible({ timeout: 30_000 })
    await expect(drafts.locator('li')).toHaveCount(1)
    await expect(drafts.locator('li')).toHaveText(`Szkic Głosowanie w przygotowaniu ${suffix}`)
    await expect(drafts).not.toContainText(published.title)
  } finally {
    await request.delete(`/api/articles/${article.id}`, { headers })
    await request.delete(`/api/votes/${draftVote.id}`, { headers })
  }
})
