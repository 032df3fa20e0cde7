import { type APIRequestContext, expect, test } from '@playwright/test'

import { adminHeaders, adminWrite, uniqueSuffix } from './adminApi'
import { ARTICLE_PATH, E2E_BASE_URL } from './server'
import { parseXml } from './xml'

type SeededArticle = { title: string; lead: string; publishedAt: string }

async function seededArticle(request: APIRequestContext): Promise<SeededArticle> {
  const slug = ARTICLE_PATH.split('/').pop()
  const response = await request.get(`/api/articles?where[slug][equals]=${slug}&depth=0`)
  return (await response.json()).docs[0]
}

async function xmlOf(request: APIRequestContext, path: string, contentType: RegExp) {
  const response = await request.get(path)
  expect(response.status(), path).toBe(200)
  expect(response.headers()['content-type']).toMatch(contentType)
  return parseXml(await response.text())
}

test.describe('feeds and crawlers', () => {
  test('/rss.xml is RSS 2.0 with absolute links, the publication date and the lead', async ({ request }) => {
    const article = await seededArticle(request)
    const { rss } = await xmlOf(request, '/rss.xml', /^application\/rss\+xml/)
    expect(rss['@_version']).toBe('2.0')
    expect(rss.channel.link).toBe(`${E2E_BASE_URL}/aktualnosci`)
    expect(rss.channel.item.length).toBeLessThanOrEqual(50)
    for (const item of rss.channel.item) expect(item.link).toMatch(/^http:\/\/[^/]+\/aktualnosci\//)
    const item = rss.channel.item.find((i: { link: string }) => i.link === `${E2E_BASE_URL}${ARTICLE_PATH}`)
    expect(item.title).toBe(article.title)
    expect(item.description).toBe(article.lead)
    expect(new Date(item.pubDate).toISOString()).toBe(article.publishedAt)
  })

  test('each category has its own feed; an unknown category is a 404', async ({ request }) => {
    const { rss } = await xmlOf(request, '/aktualnosci/kategoria/samorzad/rss.xml', /^application\/rss\+xml/)
    expect(rss.channel.title).toContain('Samorząd')
    expect(rss.channel.item.map((i: { link: string }) => i.link)).toContain(`${E2E_BASE_URL}${ARTICLE_PATH}`)
    const missing = await request.get('/aktualnosci/kategoria/nie-ma-takiej/rss.xml')
    expect(missing.status()).toBe(404)
    expect(await missing.text()).toBe('Nie ma takiej kategorii aktualności.')
    const page = await (await request.get('/aktualnosci/kategoria/samorzad')).text()
    expect(page).toContain(`href="${E2E_BASE_URL}/aktualnosci/kategoria/samorzad/rss.xml"`)
  })

  test('/sitemap.xml lists every public page with lastmod', async ({ request }) => {
    const { urlset } = await xmlOf(request, '/sitemap.xml', /xml/)
    const byLoc = new Map(urlset.url.map((u: { loc: string; lastmod?: string }) => [u.loc, u]))
    for (const path of [
      ARTICLE_PATH,
      '/glosowania/przystapienie-gminy-konstancin-jeziorna-do-zwiazku-miast-polskich',
      '/organizacje/zwiazek-miast-polskich',
      '/deklaracja-dostepnosci',
      '/aktualnosci',
      '/aktualnosci/kategoria/samorzad',
    ]) {
      const entry = byLoc.get(`${E2E_BASE_URL}${path}`) as { lastmod?: string } | undefined
      expect(entry, path).toBeDefined()
      expect(Number.isNaN(Date.parse(entry!.lastmod ?? '')), path).toBe(false)
    }
  })

  test('/news-sitemap.xml lists the articles of the last two days only', async ({ request }) => {
    const slug = `swieza-wiadomosc-${uniqueSuffix()}`
    await adminWrite(request, 'post', '/api/articles', {
      title: 'Świeża wiadomość (test)',
      slug,
      lead: 'Fikcyjna wiadomość do testu mapy witryny.',
      _status: 'published',
    })
    const { urlset } = await xmlOf(request, '/news-sitemap.xml', /^application\/xml/)
    expect(urlset['@_xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9')
    const locs = urlset.url.map((u: { loc: string }) => u.loc)
    expect(locs).not.toContain(`${E2E_BASE_URL}${ARTICLE_PATH}`)
    const fresh = urlset.url.find((u: { loc: string }) => u.loc === `${E2E_BASE_URL}/aktualnosci/${slug}`)
    expect(fresh['news:news']['news:title']).toBe('Świeża wiadomość (test)')
    expect(fresh['news:news']['news:publication']['news:language']).toBe('pl')
    expect(Date.now() - Date.parse(fresh['news:news']['news:publication_date'])).toBeLessThan(2 * 24 * 3600 * 1000)
  })

  test('/robots.txt keeps crawlers out of /admin and /api and names both sitemaps', async ({ request }) => {
    const response = await request.get('/robots.txt')
    expect(response.status()).toBe(200)
    const lines = (await response.text()).split('\n').map((l) => l.trim())
    expect(lines).toEqual(
      expect.arrayContaining([
        'Disallow: /admin',
        'Disallow: /api',
        `Sitemap: ${E2E_BASE_URL}/sitemap.xml`,
        `Sitemap: ${E2E_BASE_URL}/news-sitemap.xml`,
      ]),
    )
  })

  test('every feed stays well-formed whatever an author types: ]]>, <, &, control characters, emoji', async ({ request }) => {
    const suffix = uniqueSuffix()
    const hostile = `a ]]> b ]]></title><link>https://evil.example/phish</link><title>x & <b> \u0001\u000B\u001B 🎉 ${suffix}`
    const expected = hostile.replace(/[\u0001\u000B\u001B]/g, '')
    const category = await adminWrite(request, 'post', '/api/categories', { title: `Kategoria ${hostile}`, slug: `wrogie-znaki-${suffix}` })
    const slug = `wrogi-tytul-${suffix}`
    const article = await adminWrite(request, 'post', '/api/articles', {
      title: hostile,
      slug,
      lead: `Lead ${hostile}`,
      categories: [category.id],
      _status: 'published',
    })
    try {
      const link = `${E2E_BASE_URL}/aktualnosci/${slug}`
      for (const feed of ['/rss.xml', `/aktualnosci/kategoria/wrogie-znaki-${suffix}/rss.xml`]) {
        const { rss } = await xmlOf(request, feed, /^application\/rss\+xml/)
        const item = rss.channel.item.find((i: { link: string }) => i.link === link)
        expect(item, feed).toBeDefined()
        expect(item.title).toBe(expected)
        expect(item.description).toBe(`Lead ${expected}`)
        expect(item.category).toBe(`Kategoria ${expected}`)
        for (const i of rss.channel.item) expect(i.link).not.toContain('evil.example')
      }
      const { urlset } = await xmlOf(request, '/news-sitemap.xml', /^application\/xml/)
      expect(urlset.url.find((u: { loc: string }) => u.loc === link)['news:news']['news:title']).toBe(expected)
      await xmlOf(request, '/sitemap.xml', /xml/)
    } finally {
      // Later tests count the categories and articles the lists show.
      const headers = await adminHeaders(request)
      expect((await request.delete(`/api/articles/${article.id}`, { headers })).status()).toBe(200)
      expect((await request.delete(`/api/categories/${category.id}`, { headers })).status()).toBe(200)
    }
  })
})
