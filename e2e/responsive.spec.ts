import { expect, test } from '@playwright/test'

import { ARTICLE_PATH, VOTE_PATH } from './server'
import { spreadSearchAddresses } from './searchAddresses'

test.beforeEach(({ page }) => spreadSearchAddresses(page))

const overflow = () => document.documentElement.scrollWidth - document.documentElement.clientWidth

for (const width of [360, 1280]) {
  test(`the article at ${width} px: screenshot, nothing wider than the screen`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width, height: 800 })
    await page.goto(ARTICLE_PATH)
    const screenshot = testInfo.outputPath(`artykul-${width}px.png`)
    await page.screenshot({ path: screenshot, fullPage: true })
    await testInfo.attach(`artykuł ${width} px`, { path: screenshot, contentType: 'image/png' })
    expect(await page.evaluate(overflow)).toBe(0)
    await expect(page.locator('h1')).toBeInViewport()
    await expect(page.locator('aside.vote-box')).toBeVisible()
  })
}

test('other page types fit a 360 px phone too', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 })
  for (const path of ['/', '/aktualnosci', VOTE_PATH, '/organizacje/zwiazek-miast-polskich', '/szukaj?q=zwiazek', '/deklaracja-dostepnosci', '/nie-ma']) {
    await page.goto(path)
    expect(await page.evaluate(overflow), path).toBe(0)
  }
  await page.goto(`/szukaj?q=${'a'.repeat(300)}`)
  expect(await page.evaluate(overflow), 'long query').toBe(0)
})
