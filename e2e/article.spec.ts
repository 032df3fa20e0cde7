import { readFileSync } from 'node:fs'

import { expect, test } from '@playwright/test'

import { joinPdfLines } from '../lib/pdfText'
import { ARTICLE_PATH } from './server'

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim()

/** The source split after sentence-ending punctuation (. ; : ? !) followed by a space. */
function sentencesOfSource(): string[] {
  const source = joinPdfLines(readFileSync('seed/content/seed-article.txt', 'utf8'))
  return source.split(/(?<=[.;:?!])\s+/).filter(Boolean)
}

test.describe('the seeded ZMP article, as a citizen reads it', () => {
  test('shows every sentence of the source text, with its diacritics and dashes', async ({ page }) => {
    const response = await page.goto(ARTICLE_PATH)
    expect(response?.status()).toBe(200)
    const text = normalise(await page.locator('article').innerText())
    const sentences = sentencesOfSource()
    expect(sentences.length).toBeGreaterThan(15)
    for (const sentence of sentences) expect(text, `missing: ${sentence}`).toContain(sentence)
    expect(text).toContain('przeciw – 5')
    expect(text).toContain('społeczno-kulturalnego')
  })

  test('has one h1, the two h2 headings of the source and a three-item list', async ({ page }) => {
    await page.goto(ARTICLE_PATH)
    await expect(page.locator('h1')).toHaveCount(1)
    await expect(page.locator('h1')).toHaveText('Konstancin-Jeziorna został członkiem Związku Miast Polskich')
    const body = page.locator('article .prose')
    await expect(body.locator('h2')).toHaveText(['Kolejny krok', 'Szereg korzyści'])
    await expect(body.locator('ul > li')).toHaveCount(3)
    await expect(page.locator('html')).toHaveAttribute('lang', 'pl')
    await expect(page.locator('article time').first()).toHaveText('2 grudnia 2024')
  })

  test('shows the council vote as a box with its counts and result', async ({ page }) => {
    await page.goto(ARTICLE_PATH)
    const box = page.locator('aside.vote-box')
    await expect(box).toContainText('Uchwała przyjęta')
    await expect(box).toContainText('głosowało 19 z 21 radnych')
    const rows = box.locator('tbody tr')
    await expect(rows).toHaveText([/Za\s*11/, /Przeciw\s*5/, /Wstrzymało się\s*3/, /Nieobecni\s*2/])
    await expect(page.getByRole('link', { name: 'Związek Miast Polskich', exact: true })).toBeVisible()
  })
})
