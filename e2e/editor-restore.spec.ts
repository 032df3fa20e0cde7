import { expect, test } from '@playwright/test'

import { logIntoAdmin } from './accounts'
import { adminHeaders, adminWrite, uniqueSuffix } from './adminApi'
import { E2E_ADMIN } from './server'

/** An officer restores an older version of an article, in a Polish, Europe/Warsaw browser. */

test.describe.configure({ timeout: 180_000 })

const NOTE = 'Poprawiliśmy godzinę zebrania.'

test('restoring says what it will do, compares with the current version, and never drops a published correction note', async ({ page, request }) => {
  const headers = await adminHeaders(request)
  const title = `Zebranie mieszkańców ${uniqueSuffix()}`
  // v1 published, v2 a draft of the same text (only its status differs), v3 published with a correction.
  const article = await adminWrite(request, 'post', '/api/articles', {
    title,
    lead: 'Zebranie odbędzie się o 17:00.',
    publishedAt: '2020-02-10T10:00:00.000Z',
    _status: 'published',
  })
  await adminWrite(request, 'patch', `/api/articles/${article.id}?draft=true`, { _status: 'draft' })
  await adminWrite(request, 'patch', `/api/articles/${article.id}`, {
    lead: 'Zebranie odbędzie się o 18:00.',
    substantiveChange: true,
    changeNote: NOTE,
    _status: 'published',
  })
  const versions = (
    await (await request.get(`/api/articles/versions?where[parent][equals]=${article.id}&sort=createdAt&limit=10`, { headers })).json()
  ).docs as { id: string; version: { _status: string } }[]
  expect(versions.map((v) => v.version._status)).toEqual(['published', 'draft', 'published'])
  const [first, draftVersion] = versions
  const stored = async (draft: boolean) =>
    (await (await request.get(`/api/articles/${article.id}?draft=${draft}`, { headers })).json()) as {
      lead: string
      changeNotes: { note: string }[]
    }

  try {
    await logIntoAdmin(page, E2E_ADMIN)

    // The draft version: compared with the current version, so the lead's change shows, not only "Status".
    await page.goto(`/admin/collections/articles/${article.id}/versions/${draftVersion.id}`)
    const diff = page.locator('.view-version__diff-wrap')
    await expect(diff).toContainText('Wstęp (lead)', { timeout: 30_000 })
    await expect(diff).toContainText('18:00')
    await expect(diff).toContainText('17:00')

    // A draft version is restored as a draft, and the dialog says so.
    const restore = page.locator('.restore-version')
    await expect(restore.getByRole('button', { name: 'Przywróć jako szkic' })).toBeVisible()
    await expect(restore.locator('.popup-button')).toHaveCount(0)
    await restore.getByRole('button', { name: 'Przywróć jako szkic' }).click()
    const dialog = page.locator('.confirmation-modal')
    await expect(dialog).toContainText('zostanie zapisana jako nowy szkic')
    await expect(dialog).toContainText('Wersja widoczna w portalu nie zmieni się')
    await dialog.locator('#confirm-action').click()
    await expect(page).toHaveURL(new RegExp(`/admin/collections/articles/${article.id}$`), { timeout: 30_000 })
    const draft = await stored(true)
    expect(draft.lead).toBe('Zebranie odbędzie się o 17:00.')
    expect(draft.changeNotes.map((n) => n.note)).toEqual([NOTE])
    const live = await stored(false)
    expect(live.lead).toBe('Zebranie odbędzie się o 18:00.')

    // The first, published version: publishing at once is the named other choice.
    await page.goto(`/admin/collections/articles/${article.id}/versions/${first.id}`)
    await expect(restore.getByRole('button', { name: 'Przywróć jako szkic' })).toBeVisible({ timeout: 30_000 })
    await restore.locator('.popup-button').click()
    await page.getByRole('button', { name: 'Przywróć i opublikuj teraz' }).click()
    await expect(dialog).toContainText('zostanie od razu opublikowana')
    await dialog.locator('#confirm-action').click()
    await expect(page).toHaveURL(new RegExp(`/admin/collections/articles/${article.id}$`), { timeout: 30_000 })
    const published = await stored(false)
    expect(published.lead).toBe('Zebranie odbędzie się o 17:00.')
    expect(published.changeNotes.map((n) => n.note)).toEqual([NOTE])
  } finally {
    await request.delete(`/api/articles/${article.id}`, { headers })
  }
})
