import { expect, type Page, test } from '@playwright/test'

import { formatDate } from '../lib/dates'
import { adminWrite, uniqueSuffix } from './adminApi'

const modifiedTime = (page: Page) => page.locator('meta[property="article:modified_time"]').getAttribute('content')

test('a substantive edit shows a dated change note and moves the modified time; a minor edit does neither', async ({
  page,
  request,
}) => {
  const slug = `artykul-z-poprawka-${uniqueSuffix()}`
  const path = `/aktualnosci/${slug}`
  const article = await adminWrite(request, 'post', '/api/articles', {
    title: 'Artykuł z poprawką (test)',
    slug,
    lead: 'Sesja odbędzie się we wtorek (fikcyjny lead).',
    // Dated in the past: test articles must not push the seeded article off the home page.
    publishedAt: '2020-03-01T09:00:00.000Z',
    _status: 'published',
  })
  await page.goto(path)
  const published = await modifiedTime(page)
  expect(published).toBe(article.publishedAt)

  await adminWrite(request, 'patch', `/api/articles/${article.id}`, {
    lead: 'Sesja odbędzie się we wtorek, (fikcyjny lead).',
    _status: 'published',
  })
  await expect(async () => {
    await page.goto(path)
    await expect(page.locator('.article__lead')).toHaveText('Sesja odbędzie się we wtorek, (fikcyjny lead).')
  }).toPass({ timeout: 20_000 })
  await expect(page.locator('.change-notes')).toHaveCount(0)
  expect(await modifiedTime(page)).toBe(published)

  const corrected = await adminWrite(request, 'patch', `/api/articles/${article.id}`, {
    lead: 'Sesja odbędzie się w środę (fikcyjny lead).',
    substantiveChange: true,
    changeNote: 'Poprawiliśmy dzień sesji.',
    _status: 'published',
  })
  const day = formatDate(corrected.contentModifiedAt as string)
  await expect(async () => {
    await page.goto(path)
    await expect(page.locator('.change-notes')).toHaveText(`Zaktualizowano ${day}: Poprawiliśmy dzień sesji.`)
  }).toPass({ timeout: 20_000 })
  expect(await modifiedTime(page)).toBe(corrected.contentModifiedAt)
  expect(Date.parse(corrected.contentModifiedAt as string)).toBeGreaterThan(Date.parse(published as string))
})
