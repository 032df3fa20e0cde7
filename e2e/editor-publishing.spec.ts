import { expect, test } from '@playwright/test'

import { apiToken, ensureAccount, logIntoAdmin } from './accounts'
import { ARTICLE_PATH } from './server'

const SEEDED_SLUG = 'konstancin-jeziorna-zostal-czlonkiem-zwiazku-miast-polskich'

test.describe.configure({ mode: 'serial' })

let draftId: number
let draftSlug: string
const draftTitle = `Szkic autora ${Date.now()}`

test('an author writes a draft and cannot publish it, in the admin or through REST and GraphQL', async ({ page, request }) => {
  const author = await ensureAccount(request, 'author')
  await logIntoAdmin(page, author)
  await expect(page.getByRole('link', { name: 'Użytkownicy' })).toHaveCount(0)

  await page.goto('/admin/collections/articles/create')
  await page.locator('#field-title').fill(draftTitle)
  await page.locator('#field-lead').fill('Lead szkicu, którego autor nie może opublikować.')
  await expect(page).toHaveURL(/\/admin\/collections\/articles\/\d+/, { timeout: 30_000 })
  await expect(page.getByRole('button', { name: /^Opublikuj/ })).toHaveCount(0)
  draftId = Number(/articles\/(\d+)/.exec(page.url())![1])

  const headers = { Authorization: `JWT ${await apiToken(request, author)}` }
  await expect(async () => {
    const saved = await (await request.get(`/api/articles/${draftId}?draft=true`, { headers })).json()
    expect(saved.title).toBe(draftTitle)
    draftSlug = saved.slug
  }).toPass({ timeout: 20_000 })

  const rest = await request.patch(`/api/articles/${draftId}`, { headers, data: { _status: 'published' } })
  expect(rest.status()).toBe(403)
  const graphql = await request.post('/api/graphql', {
    headers,
    data: { query: `mutation { updateArticle(id: ${draftId}, data: { _status: published }) { id _status } }` },
  })
  expect((await graphql.json()).errors?.length).toBeGreaterThan(0)
  const deletion = await request.delete(`/api/articles/${draftId}`, { headers })
  expect(deletion.status()).toBe(403)
  const users = await (await request.get('/api/users', { headers })).json()
  expect(users.docs.map((u: { email: string }) => u.email)).toEqual([author.email])

  expect((await request.get(`/aktualnosci/${draftSlug}`)).status()).toBe(404)
})

test('an editor previews the draft behind login; a logged-out visitor in the same browser never sees it', async ({
  page,
  browser,
  request,
}) => {
  const editor = await ensureAccount(request, 'editor')
  await logIntoAdmin(page, editor)
  await page.goto(`/podglad?kolekcja=articles&id=${draftId}`)
  await expect(page).toHaveURL(new RegExp(`/aktualnosci/${draftSlug}$`))
  await expect(page.locator('h1')).toHaveText(draftTitle)
  await expect(page.getByRole('status')).toContainText('Podgląd szkicu')

  // The draft-mode cookie left in the browser, without the login: no draft.
  const cookies = await page.context().cookies()
  const visitor = await browser.newContext()
  await visitor.addCookies(cookies.filter((c) => c.name !== 'payload-token'))
  const visitorPage = await visitor.newPage()
  const response = await visitorPage.goto(`/aktualnosci/${draftSlug}`)
  expect(response?.status()).toBe(404)
  await expect(visitorPage.getByText(draftTitle)).toHaveCount(0)
  await visitor.close()

  await page.getByRole('link', { name: 'Zakończ podgląd' }).click()
  await expect(page.locator('h1')).toHaveText('Nie znaleziono strony')
})

test('an editor schedules the draft a minute ahead and it is public on time', async ({ page, request }) => {
  test.setTimeout(240_000)
  const editor = await ensureAccount(request, 'editor')
  await logIntoAdmin(page, editor)
  await page.goto(`/admin/collections/articles/${draftId}`)
  await expect(page.locator('#field-title')).toHaveValue(draftTitle, { timeout: 30_000 })

  const at = new Date(Date.now() + 60_000)
  at.setSeconds(0, 0)
  if (at.getTime() < Date.now() + 45_000) at.setMinutes(at.getMinutes() + 1)
  await schedulePublication(page, at)
  await expect(page.getByText(/zaplanowan|Sukces/i).first()).toBeVisible({ timeout: 15_000 })

  await page.goto('/admin')
  await expect(page.locator('.editorial-queue__scheduled')).toContainText(draftTitle)

  expect((await request.get(`/aktualnosci/${draftSlug}`)).status()).toBe(404)
  await expect(async () => {
    expect((await request.get(`/aktualnosci/${draftSlug}`)).status()).toBe(200)
  }).toPass({ timeout: 150_000, intervals: [2_000] })
  expect(Date.now()).toBeGreaterThanOrEqual(at.getTime())

  const home = await (await request.get('/')).text()
  expect(home).toContain(draftTitle)
  const list = await (await request.get('/aktualnosci')).text()
  expect(list).toContain(draftTitle)
})

test('after an edit, the article, the home page and the vote page that links to it show the change', async ({
  request,
}) => {
  const headers = { Authorization: `JWT ${await apiToken(request, await ensureAccount(request, 'editor'))}` }
  const found = await (await request.get(`/api/articles?where[slug][equals]=${SEEDED_SLUG}&depth=0`, { headers })).json()
  const article = found.docs[0]
  const votePath = `/glosowania/${(await (await request.get(`/api/votes/${article.relatedVotes[0]}`, { headers })).json()).slug}`
  for (const path of [ARTICLE_PATH, '/', votePath]) await request.get(path) // cached before the edit

  const newTitle = `${article.title} (poprawiony ${Date.now()})`
  const saved = await request.patch(`/api/articles/${article.id}`, { headers, data: { title: newTitle } })
  expect(saved.ok()).toBe(true)
  for (const path of [ARTICLE_PATH, '/', '/aktualnosci', votePath]) {
    await expect(async () => expect(await (await request.get(path)).text()).toContain(newTitle)).toPass({ timeout: 10_000 })
  }
  await request.patch(`/api/articles/${article.id}`, { headers, data: { title: article.title } })
})

/** Payload's "schedule publish" drawer, opened from the arrow beside the publish button. */
async function schedulePublication(page: import('@playwright/test').Page, at: Date) {
  await page.locator('#action-save').locator('xpath=..').locator('.popup-button').click()
  await page.locator('#schedule-publish').click()
  await page.locator('label', { hasText: /^Publikuj$/ }).click() // the drawer proposes withdrawal for a draft
  const picker = page.locator('#time').locator('input').first()
  await picker.click()
  await page.locator('.react-datepicker__day--today').first().click()
  const time = at.toLocaleTimeString('pl-PL', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Warsaw' })
  await page.getByRole('option', { name: time, exact: true }).click()
  await page.locator('#scheduled-publish-save').click()
}
