import { expect, test } from '@playwright/test'

import { adminHeaders } from './adminApi'
import { ARTICLE_PATH, CATEGORY_PATH } from './server'
import { spreadSearchAddresses } from './searchAddresses'

test.beforeEach(({ page }) => spreadSearchAddresses(page))

const ARCHIVE_COUNT = 11

test.describe('categories, pagination and the header', () => {
  test.beforeAll(async ({ request }) => {
    // older than the seeded article, so that it stays first on the home page and in the lists
    const headers = await adminHeaders(request)
    const category = (await (await request.get('/api/categories?where[slug][equals]=samorzad')).json()).docs[0]
    for (let i = 1; i <= ARCHIVE_COUNT; i++) {
      const response = await request.post('/api/articles', {
        headers,
        data: {
          title: `Archiwalna informacja samorządu nr ${i}`,
          lead: `Informacja archiwalna numer ${i} o pracach rady.`,
          publishedAt: new Date(Date.UTC(2020, 0, i)).toISOString(),
          categories: [category.id],
          _status: 'published',
        },
      })
      expect(response.status()).toBe(201)
    }
  })

  test('an article links to its category, whose page lists it with breadcrumbs and pagination', async ({ page }) => {
    await page.goto(ARTICLE_PATH)
    await page.locator('.article__meta').getByRole('link', { name: 'Samorząd' }).click()
    await expect(page).toHaveURL(new RegExp(`${CATEGORY_PATH}$`))
    await expect(page.locator('h1')).toHaveText('Samorząd')
    const crumbs = page.getByRole('navigation', { name: 'Ścieżka nawigacji' })
    await expect(crumbs.getByRole('link')).toHaveText(['Strona główna', 'Aktualności'])
    await expect(crumbs.locator('[aria-current="page"]')).toHaveText('Samorząd')
    await expect(page.locator('main .card-list > li')).toHaveCount(10)
    await expect(page.locator('main .card-list > li').first()).toContainText('Konstancin-Jeziorna został członkiem')

    const pagination = page.getByRole('navigation', { name: 'Strony listy: Samorząd' })
    await expect(pagination.locator('[aria-current="page"]')).toHaveText('Strona 1 z 2')
    await expect(pagination.locator('a[rel="prev"]')).toHaveCount(0)
    await pagination.locator('a[rel="next"]').click()
    await expect(page).toHaveURL(new RegExp(`${CATEGORY_PATH}/strona/2$`))
    await expect(page.locator('h1')).toHaveText('Samorząd – strona 2')
    await expect(page.locator('main .card-list > li')).toHaveCount(2)
    await expect(page.getByRole('navigation', { name: 'Strony listy: Samorząd' }).locator('a[rel="prev"]')).toHaveAttribute(
      'href',
      CATEGORY_PATH,
    )
  })

  test('the news list links to the categories and pages on with rel=next', async ({ page }) => {
    await page.goto('/aktualnosci')
    await expect(page.getByRole('navigation', { name: 'Kategorie aktualności' }).getByRole('link')).toHaveText(['Samorząd'])
    await page.getByRole('navigation', { name: 'Strony listy: Aktualności' }).locator('a[rel="next"]').click()
    await expect(page).toHaveURL(/\/aktualnosci\/strona\/2$/)
  })

  test('unknown categories and bad page numbers are a 404; page 1 redirects to the category', async ({ request }) => {
    expect((await request.get('/aktualnosci/kategoria/nie-ma-takiej')).status()).toBe(404)
    expect((await request.get('/aktualnosci/kategoria/Zła%20Nazwa')).status()).toBe(404)
    for (const n of ['abc', '0', '-1', '99']) {
      expect((await request.get(`${CATEGORY_PATH}/strona/${n}`)).status(), n).toBe(404)
    }
    const first = await request.get(`${CATEGORY_PATH}/strona/1`, { maxRedirects: 0 })
    expect(first.status()).toBe(308)
    expect(first.headers().location).toMatch(new RegExp(`${CATEGORY_PATH}$`))
  })

  test('search results page on with labelled pagination', async ({ page }) => {
    await page.goto('/szukaj?q=archiwalna')
    await expect(page.getByRole('status')).toContainText(`Znaleziono ${ARCHIVE_COUNT} wyników`)
    await expect(page.locator('.search-results > li')).toHaveCount(10)
    const pagination = page.getByRole('navigation', { name: 'Strony wyników wyszukiwania' })
    await pagination.locator('a[rel="next"]').click()
    await expect(page).toHaveURL(/\/szukaj\?q=archiwalna&strona=2$/)
    await expect(page.locator('.search-results > li')).toHaveCount(1)
    await expect(page.locator('.search-results')).toHaveAttribute('start', '11')
  })

  test('the header shows the main sections and the search box on every page', async ({ page }) => {
    for (const path of ['/', ARTICLE_PATH, '/szukaj?q=rada']) {
      await page.goto(path)
      const header = page.locator('header.site-header')
      await expect(header.getByRole('navigation', { name: 'Główne działy' }).getByRole('link')).toHaveText([
        'Aktualności',
        'Sesje',
        'Głosowania rady',
        'Radni',
        'Organizacje',
      ])
      await expect(header.getByRole('searchbox', { name: 'Szukaj', exact: true })).toBeVisible()
    }
  })
})
