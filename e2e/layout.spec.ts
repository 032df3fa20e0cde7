import { expect, type Page, test } from '@playwright/test'

import { spreadSearchAddresses } from './searchAddresses'
import { ARTICLE_PATH, ORGANISATION_PATH, VOTE_PATH } from './server'

test.beforeEach(({ page }) => spreadSearchAddresses(page))

const PUBLIC_PAGES = ['/', '/aktualnosci', ARTICLE_PATH, '/glosowania', VOTE_PATH, '/organizacje', ORGANISATION_PATH, '/szukaj?q=rada', '/deklaracja-dostepnosci', '/nie-ma-takiej-strony']

/** WCAG 2.1 success criterion 1.4.12: the spacing a reader may impose. */
const TEXT_SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }`

const sidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)

/** Elements whose right edge passes the window's (what a reader must scroll sideways for, or cannot see). */
const cutOff = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('header *, main *, footer *')]
      .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
      .map((e) => `${e.tagName.toLowerCase()}.${e.className}`)
      .slice(0, 5),
  )

for (const width of [360, 768, 1024, 1280, 1920]) {
  test(`the header at ${width} px: the menu starts where the site name does, inside the column`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 })
    await page.goto('/aktualnosci')
    const name = await page.locator('.site-header__brand').boundingBox()
    const firstLink = await page.getByRole('navigation', { name: 'Główne działy' }).getByRole('link').first().boundingBox()
    const main = await page.locator('main').boundingBox()
    expect(Math.abs((firstLink?.x ?? -1) - (name?.x ?? -2))).toBeLessThanOrEqual(1)
    expect(name?.x ?? -1).toBeGreaterThanOrEqual(main?.x ?? 0)
    expect(await sidewaysScroll(page)).toBe(0)
  })
}

test('every public page reflows at 320 px, also with WCAG text spacing', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 })
  for (const path of PUBLIC_PAGES) {
    await page.goto(path)
    expect(await cutOff(page), path).toEqual([])
    expect(await sidewaysScroll(page), path).toBe(0)
    await page.addStyleTag({ content: TEXT_SPACING })
    expect(await cutOff(page), `${path} z odstępami tekstu`).toEqual([])
    expect(await sidewaysScroll(page), `${path} z odstępami tekstu`).toBe(0)
  }
})

test('text at 200 % on a 360 px screen: the header and the vote page still fit', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 })
  for (const path of ['/', VOTE_PATH, ARTICLE_PATH]) {
    await page.goto(path)
    await page.addStyleTag({ content: 'html { font-size: 200% !important; }' })
    expect(await cutOff(page), path).toEqual([])
    expect(await sidewaysScroll(page), path).toBe(0)
  }
})

test('the main menu marks the current section (aria-current and a visible underline)', async ({ page }) => {
  await page.goto('/glosowania')
  const menu = page.getByRole('navigation', { name: 'Główne działy' })
  await expect(menu.getByRole('link', { name: 'Głosowania rady' })).toHaveAttribute('aria-current', 'page')
  await expect(menu.getByRole('link', { name: 'Aktualności' })).not.toHaveAttribute('aria-current', /.*/)
  const underline = (name: string) =>
    menu.getByRole('link', { name }).evaluate((a) => getComputedStyle(a).borderBottomColor)
  expect(await underline('Głosowania rady')).not.toBe(await underline('Aktualności'))
  await page.goto(ARTICLE_PATH)
  await expect(menu.getByRole('link', { name: 'Aktualności' })).toHaveAttribute('aria-current', 'true')
})

test('the skip link moves to the content without framing the whole of it', async ({ page }) => {
  await page.goto(ARTICLE_PATH)
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Przejdź do treści' })).toBeFocused()
  await page.keyboard.press('Enter')
  const main = page.locator('main')
  await expect(main).toBeFocused()
  expect(await main.evaluate((m) => [getComputedStyle(m).outlineStyle, getComputedStyle(m).boxShadow])).toEqual(['none', 'none'])
})

test('the search buttons on /szukaj and on the 404 page are styled like the portal, not the browser', async ({ page }) => {
  for (const path of ['/szukaj?q=rada', '/nie-ma-takiej-strony']) {
    await page.goto(path)
    const button = page.locator('main .search-box button')
    expect(await button.evaluate((b) => getComputedStyle(b).backgroundColor), path).toBe('rgb(7, 55, 99)')
  }
})

test('the header search box has a visible label', async ({ page }) => {
  await page.goto('/')
  const label = page.locator('header label[for="site-search"]')
  await expect(label).toBeVisible()
  await expect(page.locator('header').getByRole('searchbox', { name: 'Czego szukasz?' })).toBeVisible()
})

test('no breadcrumb line starts with the separator (vote page, 1280 px and 360 px)', async ({ page }) => {
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 })
    await page.goto(VOTE_PATH)
    const lineStarts = await page.locator('.breadcrumbs li').evaluateAll((items) => {
      const left = items[0].getBoundingClientRect().left
      return items
        .slice(1)
        .filter((li) => Math.abs(li.getBoundingClientRect().left - left) < 1)
        .map((li) => getComputedStyle(li, '::before').content)
    })
    for (const before of lineStarts) expect(before, `${width} px`).toBe('none')
  }
})

test('with WCAG text spacing, no label of the vote chart runs under a bar', async ({ page }) => {
  await page.goto(VOTE_PATH)
  await page.addStyleTag({ content: TEXT_SPACING })
  const overlaps = await page.locator('.vote-chart__svg').first().evaluate((svg) => {
    const boxes = (selector: string) => [...svg.querySelectorAll(selector)].map((e) => e.getBoundingClientRect())
    const meets = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom
    const bars = boxes('.vote-chart__track')
    return [...svg.querySelectorAll('.vote-chart__label')]
      .filter((label) => bars.some((bar) => meets(label.getBoundingClientRect(), bar)))
      .map((label) => label.textContent)
  })
  expect(overlaps).toEqual([])
})
