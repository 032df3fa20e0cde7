import { expect, test } from '@playwright/test'

import { ARTICLE_PATH, VOTE_PATH } from './server'

const SUMMARY = 'Za: 11, przeciw: 5, wstrzymało się: 3, nieobecni: 2. Głosowało 19 z 21 radnych.'

test.describe('the vote at a glance, drawn on the server', () => {
  test.use({ javaScriptEnabled: false })

  for (const path of [ARTICLE_PATH, VOTE_PATH]) {
    test(`${path}: a chart with a text equivalent, the result and the turnout`, async ({ page }) => {
      await page.goto(path)
      const chart = page.getByRole('img', { name: SUMMARY })
      await expect(chart).toBeVisible()
      await expect(chart.locator('.vote-chart__bar')).toHaveCount(4)
      // the bars are proportional: 11 for is more than twice 5 against
      const widths = await chart
        .locator('.vote-chart__bar')
        .evaluateAll((bars) => bars.map((b) => Number(b.getAttribute('width'))))
      expect(widths[0]).toBeGreaterThan(2 * widths[1])
      expect(widths[1]).toBeGreaterThan(widths[2])
      await expect(page.locator('figure.vote-chart figcaption')).toHaveText(SUMMARY)
      await expect(page.locator('main')).toContainText('Uchwała przyjęta')
      await expect(page.locator('main')).toContainText('głosowało 19 z 21 radnych')
    })
  }
})
