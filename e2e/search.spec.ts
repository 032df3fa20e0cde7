import { expect, test } from '@playwright/test'

import { adminWrite, uniqueSuffix } from './adminApi'
import { ARTICLE_PATH } from './server'
import { nextSearchAddress, spreadSearchAddresses } from './searchAddresses'

test.beforeEach(({ page }) => spreadSearchAddresses(page))

const ARTICLE_TITLE = 'Konstancin-Jeziorna został członkiem Związku Miast Polskich'

test('the header search finds the ZMP article typed without Polish letters, with the match marked', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('searchbox', { name: 'Czego szukasz?' }).fill('zwiazek miast')
  await page.getByRole('searchbox', { name: 'Czego szukasz?' }).press('Enter')
  await expect(page).toHaveURL(/\/szukaj\?q=zwiazek\+miast$/)
  await expect(page.locator('h1')).toHaveText('Wyniki wyszukiwania')
  await expect(page.getByRole('status')).toContainText(/Znaleziono \d+ wynik/)

  const results = page.locator('.search-results > li')
  const article = results.filter({ has: page.getByRole('link', { name: ARTICLE_TITLE }) })
  await expect(article).toContainText('Artykuł')
  await expect(article.locator('mark').first()).toBeVisible()
  // every result says what it is
  for (const kind of await results.locator('.search-results__kind').allTextContents()) {
    expect(['Artykuł', 'Głosowanie rady', 'Sesja rady', 'Organizacja', 'Osoba', 'Strona']).toContain(kind)
  }
  await article.getByRole('link', { name: ARTICLE_TITLE }).click()
  await expect(page).toHaveURL(new RegExp(`${ARTICLE_PATH}$`))
})

test('capitals and the mayor’s name find the article too; title matches come first', async ({ page }) => {
  for (const q of ['ZWIĄZEK', 'Wisniewski']) {
    await page.goto(`/szukaj?q=${encodeURIComponent(q)}`)
    await expect(page.getByRole('link', { name: ARTICLE_TITLE }), q).toBeVisible()
  }
  await expect(page.locator('.search-results > li').first().getByRole('heading')).toHaveText('Michał Wiśniewski')
  await expect(page.getByRole('searchbox', { name: 'Szukaj w portalu' })).toHaveValue('Wisniewski')
})

test('no results: a Polish message with suggestions', async ({ page }) => {
  const response = await page.goto('/szukaj?q=qwertyuiop')
  expect(response?.status()).toBe(200)
  await expect(page.locator('main')).toContainText('Nie znaleźliśmy nic dla zapytania „qwertyuiop”')
  await expect(page.locator('main')).toContainText('Spróbuj')
  await expect(page.locator('main').getByRole('link', { name: 'głosowania rady' })).toBeVisible()
})

test('odd queries get a normal Polish page, never a server error, and the query is shown as text only', async ({
  page,
  request,
}) => {
  const cases = [
    '/szukaj',
    '/szukaj?q=',
    '/szukaj?q=%20%20',
    // 5,000 characters; Polish letters take 6 bytes each in a URL, and Node refuses URLs over 16 KB (431)
    `/szukaj?q=${'a'.repeat(5000)}`,
    `/szukaj?q=${'zażółć '.repeat(300)}`,
    '/szukaj?q=zwiazek&q=rada&q=',
    '/szukaj?where[title][like]=a&q[$ne]=x',
    '/szukaj?q[equals]=x',
    '/szukaj?q=%25&strona=abc',
    '/szukaj?q=_&strona=-1',
    '/szukaj?q=zwiazek&strona=99999999999',
    '/szukaj?q=zwiazek&strona=7',
    '/szukaj?q=%E0%A4%A',
    '/szukaj?q=%00',
  ]
  for (const path of cases) {
    const response = await request.get(path, { headers: nextSearchAddress() })
    expect(response.status(), path).toBe(200)
    expect(await response.text(), path).toContain('lang="pl"')
  }

  const markup = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>'
  await page.goto(`/szukaj?q=${encodeURIComponent(markup)}`)
  await expect(page.locator('main')).toContainText('<img src=x onerror=')
  await expect(page.locator('main img')).toHaveCount(0)
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined()
  const html = await (await request.get(`/szukaj?q=${encodeURIComponent(markup)}`, { headers: nextSearchAddress() })).text()
  expect(html).not.toContain('<img src=x')
  expect(html).not.toContain('<script>window.__xss')

  await page.goto(`/szukaj?q=${'a'.repeat(5000)}`)
  await expect(page.locator('main')).toContainText('Zapytanie było za długie')
})

test('a repeated search is answered from memory, and an edited title shows in the results at once', async ({ request }) => {
  const word = `kwerenda${uniqueSuffix()}`
  const search = async () => {
    const response = await request.get(`/szukaj?q=${word}`, { headers: nextSearchAddress() })
    expect(response.status()).toBe(200)
    return { cache: response.headers()['x-portal-search-cache'], html: await response.text() }
  }
  const article = await adminWrite(request, 'post', '/api/articles', {
    title: `Komunikat ${word} (test)`,
    slug: word,
    lead: 'Fikcyjny artykuł do testu wyszukiwarki.',
    // Dated in the past: test articles must not push the seeded article off the home page.
    publishedAt: '2020-03-01T09:00:00.000Z',
    _status: 'published',
  })
  // Pages rendered in the two seconds after a change are not kept (the change may not be committed yet).
  await expect
    .poll(async () => {
      const { cache, html } = await search()
      return cache === 'HIT' && html.includes(`Komunikat ${word} (test)`)
    })
    .toBe(true)

  await adminWrite(request, 'patch', `/api/articles/${article.id}`, { title: `Poprawiony komunikat ${word} (test)` })
  const afterEdit = await search()
  expect(afterEdit.cache).toBe('MISS')
  expect(afterEdit.html).toContain(`Poprawiony komunikat ${word} (test)`)
})
