import { expect, test } from '@playwright/test'

import { logIntoAdmin } from './accounts'
import { adminHeaders, adminWrite, uniqueSuffix } from './adminApi'
import { schedulePublishTomorrowAt } from './schedulePublish'
import { E2E_ADMIN } from './server'

/** The officer's dashboard, in a Polish, Europe/Warsaw browser (playwright.config.ts). */

test.describe.configure({ timeout: 180_000 })

test('a draft left behind by "Stwórz nowy" still has a title and a link on the dashboard, as every row does', async ({ page, request }) => {
  const headers = await adminHeaders(request)
  await logIntoAdmin(page, E2E_ADMIN)
  await page.goto('/admin/collections/articles')
  await page.getByRole('link', { name: 'Nowy dokument: Artykuł' }).click()
  // Payload's autosave saves the new article at once; the officer goes back without typing.
  await expect(page).toHaveURL(/\/admin\/collections\/articles\/\d+/, { timeout: 30_000 })
  const id = /articles\/(\d+)/.exec(page.url())![1]
  try {
    await page.goto('/admin')
    const drafts = page.getByRole('table', { name: 'Szkice czekające na publikację' })
    await expect(drafts).toBeVisible({ timeout: 30_000 })
    const abandoned = drafts.getByRole('link', { name: '(bez tytułu)' }).and(page.locator(`a[href$="/articles/${id}"]`))
    await expect(abandoned).toHaveCount(1)

    for (const table of ['Szkice czekające na publikację', 'Zaplanowane']) {
      const rows = page.getByRole('table', { name: table }).locator('tbody tr')
      for (const row of await rows.all()) {
        const link = row.getByRole('rowheader').getByRole('link')
        await expect(link).toHaveText(/\S/)
        await expect(link).toHaveAttribute('href', /^\/admin\/collections\/(articles|pages|votes)\/\d+$/)
      }
    }
  } finally {
    await request.delete(`/api/articles/${id}`, { headers })
  }
})

test('"Do publikacji" is built like the rest of the dashboard and says what is planned for each draft', async ({ page, request }) => {
  const headers = await adminHeaders(request)
  const title = `Szkic z planem ${uniqueSuffix()}`
  const draft = await adminWrite(request, 'post', '/api/articles?draft=true', {
    title,
    lead: 'Szkic, którego publikację zaplanowano.',
    publishedAt: '2020-01-15T09:00:00.000Z',
    _status: 'draft',
  })
  await logIntoAdmin(page, E2E_ADMIN)
  await page.goto(`/admin/collections/articles/${draft.id}`)
  await expect(page.locator('#field-title')).toHaveValue(title, { timeout: 30_000 })
  const plannedAt = await schedulePublishTomorrowAt(page, '07:30')
  try {
    await page.goto('/admin')
    const heading = page.getByRole('heading', { name: 'Do publikacji', level: 2 })
    await expect(heading).toBeVisible({ timeout: 30_000 })

    const drafts = page.getByRole('table', { name: 'Szkice czekające na publikację' })
    const row = drafts.getByRole('row', { name: new RegExp(title) })
    await expect(row.getByRole('cell').first()).toHaveText(`publikacja ${plannedAt}`)
    const unplanned = drafts.locator('tbody tr').filter({ hasNotText: title }).first()
    if (await unplanned.count()) await expect(unplanned.getByRole('cell').first()).toHaveText(/publikacja|wycofanie|nie zaplanowano publikacji/)
    const scheduled = page.getByRole('table', { name: 'Zaplanowane' })
    await expect(scheduled.getByRole('row', { name: new RegExp(title) })).toContainText('publikacja')

    // Payload's own look: its list-table wrapper, headings aligned like the list views', the
    // panel's heading in line with the collection groups below and styled like theirs.
    for (const table of [drafts, scheduled]) {
      await expect(table.locator('xpath=..')).toHaveClass(/\btable\b/)
      const align = await table.locator('thead th').first().evaluate((th) => getComputedStyle(th).textAlign)
      expect(['left', 'start']).toContain(align)
      const padding = await table.locator('tbody td').first().evaluate((td) => parseFloat(getComputedStyle(td).paddingTop))
      expect(padding).toBeGreaterThan(4)
    }
    const groupLabel = page.locator('.collections__label').filter({ hasNotText: 'Do publikacji' }).first()
    const [ours, theirs] = await Promise.all([heading.boundingBox(), groupLabel.boundingBox()])
    expect(Math.abs(ours!.x - theirs!.x)).toBeLessThanOrEqual(1)
    const style = (el: Element) => {
      const s = getComputedStyle(el)
      return { size: s.fontSize, weight: s.fontWeight }
    }
    expect(await heading.evaluate(style)).toEqual(await groupLabel.evaluate(style))
    await page.screenshot({ path: test.info().outputPath('dashboard.png'), fullPage: true })
  } finally {
    await request.delete(`/api/articles/${draft.id}`, { headers })
  }
})
