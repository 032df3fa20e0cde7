import AxeBuilder from '@axe-core/playwright'
import { expect, type Page, test } from '@playwright/test'

import { ARTICLE_PATH, CATEGORY_PATH, ORGANISATION_PATH, VOTE_PATH } from './server'
import { spreadSearchAddresses } from './searchAddresses'

test.beforeEach(({ page }) => spreadSearchAddresses(page))

/** One page of every public type. */
const PAGE_TYPES: Array<[string, string]> = [
  ['strona główna', '/'],
  ['lista aktualności', '/aktualnosci'],
  ['artykuł', ARTICLE_PATH],
  ['kategoria', CATEGORY_PATH],
  ['lista głosowań', '/glosowania'],
  ['głosowanie', VOTE_PATH],
  ['lista organizacji', '/organizacje'],
  ['organizacja', ORGANISATION_PATH],
  ['lista sesji', '/sesje'],
  ['sesja', '/sesje/sesja-pazdziernikowa-2024'],
  ['lista radnych', '/radni'],
  ['wyszukiwarka bez zapytania', '/szukaj'],
  ['wyniki wyszukiwania', '/szukaj?q=zwiazek+miast'],
  ['wyszukiwanie bez wyników', '/szukaj?q=qwertyuiop'],
  ['strona statyczna', '/deklaracja-dostepnosci'],
  ['strona 404', '/nie-ma-takiej-strony'],
]

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze()
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

test.describe('WCAG 2.1 AA (axe) on every public page type', () => {
  for (const [name, path] of PAGE_TYPES) {
    test(`${name}: ${path}`, async ({ page }) => {
      const response = await page.goto(path)
      expect(response?.status()).toBe(path === '/nie-ma-takiej-strony' ? 404 : 200)
      expect(await axeViolations(page)).toEqual([])
    })
  }
})

test('every page type has the skip link first, one main, the statement in the footer and Polish as its language', async ({
  page,
}) => {
  for (const [, path] of PAGE_TYPES) {
    await page.goto(path)
    // Next puts a hidden <div> of streamed metadata first; the first thing a reader meets is the skip link
    const first = page.locator('body > :not([hidden]):not(script)').first()
    await expect(first, path).toHaveAttribute('href', '#main-content')
    await expect(first).toHaveText('Przejdź do treści')
    await expect(page.locator('main'), path).toHaveCount(1)
    await expect(page.locator('main')).toHaveAttribute('id', 'main-content')
    await expect(page.locator('footer').getByRole('link', { name: 'Deklaracja dostępności' })).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('lang', 'pl')
  }
})

test('tables have captions and header cells with scope; facts are description lists', async ({ page }) => {
  for (const path of [ARTICLE_PATH, VOTE_PATH]) {
    await page.goto(path)
    const tables = page.locator('main table')
    expect(await tables.count(), path).toBeGreaterThan(0)
    for (const table of await tables.all()) {
      await expect(table.locator('caption')).not.toBeEmpty()
      for (const th of await table.locator('th').all()) expect(await th.getAttribute('scope')).toMatch(/^(col|row)$/)
    }
  }
  await page.goto(VOTE_PATH)
  await expect(page.locator('main dl.facts dt').first()).toBeVisible()
  await page.goto(ORGANISATION_PATH)
  await expect(page.locator('main dl.facts dt').first()).toBeVisible()
})

test('breadcrumbs are a labelled nav with the current page marked', async ({ page }) => {
  await page.goto(ARTICLE_PATH)
  const crumbs = page.getByRole('navigation', { name: 'Ścieżka nawigacji' })
  await expect(crumbs.getByRole('link')).toHaveText(['Strona główna', 'Aktualności'])
  await expect(crumbs.locator('[aria-current="page"]')).toHaveText('Konstancin-Jeziorna został członkiem Związku Miast Polskich')
})

test('the focused element is visibly outlined', async ({ page }) => {
  await page.goto('/')
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Przejdź do treści' })
  await expect(skip).toBeFocused()
  await expect(skip).toBeInViewport()
  await page.keyboard.press('Tab')
  const outline = await page.evaluate(() => {
    const style = getComputedStyle(document.activeElement as Element)
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) }
  })
  expect(outline.style).not.toBe('none')
  expect(outline.width).toBeGreaterThanOrEqual(2)
})

/** Presses Tab until the focused element has this accessible text; fails after `max` presses. */
async function tabTo(page: Page, name: string | RegExp, max = 60) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab')
    const text = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null
      return el ? (el.getAttribute('aria-label') ?? el.innerText ?? '').trim() : ''
    })
    if (typeof name === 'string' ? text === name : name.test(text)) return
  }
  throw new Error(`Tab never reached “${name}”`)
}

test('keyboard only: from the home page to the article, its vote, and search results', async ({ page }) => {
  await page.goto('/')
  await tabTo(page, 'Konstancin-Jeziorna został członkiem Związku Miast Polskich')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`${ARTICLE_PATH}$`))

  await tabTo(page, /^Szczegóły głosowania/)
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`${VOTE_PATH}$`))
  await expect(page.locator('h1')).toHaveText('Przystąpienie Gminy Konstancin-Jeziorna do Związku Miast Polskich')

  // the header's search box is reached with Tab, filled and sent with Enter
  await page.keyboard.press('Tab') // skip link
  for (let i = 0; i < 10; i++) {
    if (await page.locator('#site-search').evaluate((el) => el === document.activeElement)) break
    await page.keyboard.press('Tab')
  }
  await expect(page.locator('#site-search')).toBeFocused()
  await page.keyboard.type('zwiazek miast')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/szukaj\?q=zwiazek\+miast/)
  await tabTo(page, 'Konstancin-Jeziorna został członkiem Związku Miast Polskich')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`${ARTICLE_PATH}$`))
})

test('the skip link moves the keyboard to the main content', async ({ page }) => {
  await page.goto(VOTE_PATH)
  await page.keyboard.press('Tab')
  await page.keyboard.press('Enter')
  await expect(page.locator('main')).toBeFocused()
})

test('the accessibility statement follows the statutory structure and says plainly what the office has not given yet', async ({ page }) => {
  await page.goto('/deklaracja-dostepnosci')
  const headings = await page.locator('main h2').allInnerTexts()
  for (const section of [
    'Status pod względem zgodności z ustawą',
    'Data sporządzenia deklaracji',
    'Skróty klawiaturowe',
    'Informacje zwrotne i dane kontaktowe',
    'Procedura wnioskowo-skargowa',
    'Dostępność architektoniczna',
    'Aplikacje mobilne',
  ]) {
    expect(headings).toContain(section)
  }
  const main = page.locator('main')
  await expect(main).toContainText('ustawą z dnia 4 kwietnia 2019 r. o dostępności cyfrowej')
  await expect(main).toContainText('Rzecznika Praw Obywatelskich')
  await expect(main).toContainText('Urząd nie podał jeszcze daty publikacji strony internetowej.')
  await expect(main).not.toContainText('[')
  await expect(main).not.toContainText('Do uzupełnienia')
})
