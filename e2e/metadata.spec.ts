import { expect, type Page, test } from '@playwright/test'

import { ARTICLE_PATH, E2E_BASE_URL } from './server'

const VOTE_PATH = '/glosowania/przystapienie-gminy-konstancin-jeziorna-do-zwiazku-miast-polskich'
const MUNICIPALITY_PATH = '/organizacje/gmina-konstancin-jeziorna'
const ASSOCIATION_PATH = '/organizacje/zwiazek-miast-polskich'

const meta = (page: Page, key: string) =>
  page.locator(`meta[property="${key}"], meta[name="${key}"]`).first().getAttribute('content')

async function jsonLd(page: Page): Promise<Record<string, unknown>[]> {
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents()
  return scripts.map((text) => JSON.parse(text))
}

test.describe('sharing metadata', () => {
  test('every public page has a title, description, canonical equal to og:url, a share image and the feed link', async ({
    page,
  }) => {
    const paths = ['/', '/aktualnosci', '/glosowania', '/organizacje', '/dane', '/deklaracja-dostepnosci', VOTE_PATH, MUNICIPALITY_PATH, ARTICLE_PATH]
    for (const path of paths) {
      const response = await page.goto(path)
      expect(response?.status(), path).toBe(200)
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href')
      expect(canonical, path).toBe(path === '/' ? E2E_BASE_URL : `${E2E_BASE_URL}${path}`)
      expect(await meta(page, 'og:url'), path).toBe(canonical)
      expect(await page.title(), path).toMatch(/Konstancin-Jeziorna/)
      expect((await meta(page, 'description'))?.length, path).toBeGreaterThan(10)
      expect(await meta(page, 'og:image'), path).toMatch(/^http:\/\//)
      expect(await meta(page, 'twitter:card'), path).toBe('summary_large_image')
      const feed = page.locator('link[rel="alternate"][type="application/rss+xml"]').first()
      expect(await feed.getAttribute('href'), path).toBe(`${E2E_BASE_URL}/rss.xml`)
    }
  })

  test('an article has article Open Graph data, a title with the site name and NewsArticle JSON-LD', async ({
    page,
    request,
  }) => {
    await page.goto(ARTICLE_PATH)
    const url = `${E2E_BASE_URL}${ARTICLE_PATH}`
    expect(await page.title()).toBe('Konstancin-Jeziorna został członkiem Związku Miast Polskich | Konstancin-Jeziorna')
    expect(await meta(page, 'og:type')).toBe('article')
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(url)
    expect(await meta(page, 'og:url')).toBe(url)
    const published = await meta(page, 'article:published_time')
    expect(published).toBe('2024-12-01T23:00:00.000Z')
    expect(await meta(page, 'article:modified_time')).toBeTruthy()

    const shareImage = await meta(page, 'og:image')
    const image = await request.get(shareImage as string)
    expect(image.status()).toBe(200)
    expect(image.headers()['content-type']).toBe('image/png')

    const [article] = (await jsonLd(page)).filter((d) => d['@type'] === 'NewsArticle')
    expect(article).toMatchObject({
      '@context': 'https://schema.org',
      headline: 'Konstancin-Jeziorna został członkiem Związku Miast Polskich',
      datePublished: published,
      author: { name: 'Wydział Promocji i Współpracy Zagranicznej' },
      publisher: { '@type': 'GovernmentOrganization', name: 'Gmina Konstancin-Jeziorna' },
      mainEntityOfPage: { '@id': url },
    })
    expect(Date.parse(article.dateModified as string)).toBeGreaterThanOrEqual(Date.parse(published as string))
    expect(article.image).toEqual([shareImage])
    const logo = (article.publisher as { logo: { url: string } }).logo.url
    expect((await request.get(logo)).status()).toBe(200)
  })

  test('organisation pages describe the organisation in JSON-LD', async ({ page }) => {
    await page.goto(MUNICIPALITY_PATH)
    expect(await jsonLd(page)).toContainEqual(
      expect.objectContaining({ '@type': 'GovernmentOrganization', name: 'Gmina Konstancin-Jeziorna', url: `${E2E_BASE_URL}${MUNICIPALITY_PATH}` }),
    )
    await page.goto(ASSOCIATION_PATH)
    expect(await jsonLd(page)).toContainEqual(
      expect.objectContaining({ '@type': 'Organization', name: 'Związek Miast Polskich', alternateName: 'ZMP' }),
    )
  })

  test('an article prints without navigation, with its full address and date', async ({ page }) => {
    await page.goto(ARTICLE_PATH)
    const source = page.locator('.article__print-source')
    await expect(source).toBeHidden()
    await page.emulateMedia({ media: 'print' })
    await expect(page.locator('.site-header')).toBeHidden()
    await expect(page.locator('.site-footer')).toBeHidden()
    for (const nav of await page.locator('nav').all()) await expect(nav).toBeHidden()
    await expect(source).toBeVisible()
    await expect(source).toContainText(`${E2E_BASE_URL}${ARTICLE_PATH}`)
    await expect(source).toContainText('2 grudnia 2024')
  })
})
