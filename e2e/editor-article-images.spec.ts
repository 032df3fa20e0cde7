import { expect, type Page, test } from '@playwright/test'

import { publishArticleWithImages } from './articleWithImages'
import { E2E_BASE_URL } from './server'
import { parseXml } from './xml'

test.describe.configure({ mode: 'serial' })

const CAPTION = 'Alejka główna nowego parku'
let article: Awaited<ReturnType<typeof publishArticleWithImages>>

test.beforeAll(async ({ request }) => {
  article = await publishArticleWithImages(request, CAPTION)
})

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)

/** One origin, the portal's, and no second origin hidden in the path: a URL a sharing service can fetch. */
function expectPortalUrl(value: string | null | undefined, what: string) {
  expect(value, what).toBeTruthy()
  const url = new URL(value as string)
  expect(url.origin, what).toBe(E2E_BASE_URL)
  expect(decodeURIComponent(url.pathname), what).not.toMatch(/https?:|\/\//)
}

test('an image placed in the article text fits the column at every width, like the hero image', async ({ page }) => {
  for (const width of [1440, 1024, 768, 360]) {
    await page.setViewportSize({ width, height: 900 })
    await page.goto(article.path)
    const figure = page.locator('.prose figure')
    await figure.scrollIntoViewIfNeeded()
    const image = figure.locator('img')
    await expect(image).toBeVisible()
    expect(await overflow(page), `${width} px`).toBe(0)

    const column = (await page.locator('.prose').boundingBox())!
    const box = (await image.boundingBox())!
    expect(box.x, `${width} px`).toBeGreaterThanOrEqual(column.x - 0.5)
    expect(box.x + box.width, `${width} px`).toBeLessThanOrEqual(column.x + column.width + 0.5)
    // Shown at its own proportions (height: auto), not squashed into the column.
    expect(box.width / box.height).toBeCloseTo(article.inText.width / article.inText.height, 1)
  }

  const image = page.locator('.prose figure img')
  await expect(image).toHaveAttribute('width', String(article.inText.width))
  await expect(image).toHaveAttribute('height', String(article.inText.height))
  await expect(image).toHaveAttribute('loading', 'lazy')
  await expect(image).toHaveAttribute('alt', article.inText.alt)
  const hero = page.locator('.article__hero img')
  await expect(image).toHaveAttribute('sizes', (await hero.getAttribute('sizes'))!)
  const candidates = (await image.getAttribute('srcset'))!.split(',').map((c) => c.trim().split(' '))
  expect(candidates.map(([, w]) => w)).toEqual(['400w', '768w', '1200w'])
  // The phone picked a small file, not the original.
  expect(await image.evaluate((img: HTMLImageElement) => img.currentSrc)).not.toBe(new URL(article.inText.url, E2E_BASE_URL).href)
  await expect(page.locator('.prose figure figcaption')).toHaveText(`${CAPTION} Fot. ${article.inText.credit}`)
  await expect(page.locator('.article__hero figcaption')).toHaveText(`Fot. ${article.hero.credit}`)
})

test('the sharing picture and every absolute URL in metadata, JSON-LD, feeds and sitemaps has one origin', async ({ page, request }) => {
  await page.goto(article.path)
  const meta = (key: string) => page.locator(`meta[property="${key}"], meta[name="${key}"]`).first().getAttribute('content')
  const ogImage = await meta('og:image')
  const twitterImage = await meta('twitter:image')
  for (const [what, value] of [['og:image', ogImage], ['twitter:image', twitterImage]] as const) {
    expectPortalUrl(value, what)
    const image = await request.get(value!)
    expect(image.status(), what).toBe(200)
    expect(image.headers()['content-type'], what).toMatch(/^image\//)
  }
  // The hero image, in its 1200×630 crop for sharing.
  expect(ogImage).toContain('1200x630')
  expect(await meta('og:image:width')).toBe('1200')
  expect(await meta('og:image:height')).toBe('630')

  const head = [
    ...(await page.locator('link[rel="canonical"], link[rel="alternate"]').evaluateAll((links) => links.map((l) => l.getAttribute('href')))),
    await meta('og:url'),
  ]
  for (const href of head) expectPortalUrl(href, `head: ${href}`)

  const jsonLd = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((t) => JSON.parse(t))
  const urlsIn = (value: unknown): string[] =>
    typeof value === 'string'
      ? /^https?:/.test(value) ? [value] : []
      : value && typeof value === 'object' ? Object.values(value).flatMap(urlsIn) : []
  const jsonLdUrls = jsonLd.flatMap(urlsIn).filter((u) => !u.startsWith('https://schema.org'))
  expect(jsonLdUrls.length).toBeGreaterThan(3)
  for (const url of jsonLdUrls) expectPortalUrl(url, `JSON-LD: ${url}`)
  expect(jsonLd.find((d) => d['@type'] === 'NewsArticle').image).toEqual([ogImage])

  const rss = parseXml(await (await request.get('/rss.xml')).text()).rss.channel
  const rssUrls = [rss.link, rss.image?.url, rss.image?.link, ...rss.item.flatMap((i: Record<string, any>) => [i.link, i.guid?.['#text'] ?? i.guid])]
  expect(rss.item.some((i: Record<string, string>) => i.link === `${E2E_BASE_URL}${article.path}`)).toBe(true)
  for (const url of rssUrls.filter(Boolean)) expectPortalUrl(url, `RSS: ${url}`)

  for (const sitemap of ['/sitemap.xml', '/news-sitemap.xml']) {
    const locs = parseXml(await (await request.get(sitemap)).text()).urlset.url.map((u: { loc: string }) => u.loc)
    expect(locs, sitemap).toContain(`${E2E_BASE_URL}${article.path}`)
    for (const loc of locs) expectPortalUrl(loc, `${sitemap}: ${loc}`)
  }
})
