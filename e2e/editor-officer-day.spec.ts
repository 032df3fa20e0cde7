import { expect, test } from '@playwright/test'

import { logIntoAdmin } from './accounts'
import { adminHeaders, adminWrite, uniqueSuffix } from './adminApi'
import { E2E_ADMIN } from './server'

/** What an officer does in a Polish, Europe/Warsaw browser (playwright.config.ts sets both). */

// The admin's screens take long to compile on first use on a loaded machine.
test.describe.configure({ timeout: 180_000 })

test('a slug typed with spaces, capitals and a dash is normalised on the spot, and the address is shown', async ({ page, request }) => {
  await logIntoAdmin(page, E2E_ADMIN)
  const suffix = uniqueSuffix()
  await page.goto('/admin/collections/articles/create')
  await page.locator('#field-title').fill(`Objazd ${suffix}`)
  await page.locator('#field-lead').fill('Od poniedziałku zmienia się organizacja ruchu.')
  await expect(page).toHaveURL(/\/admin\/collections\/articles\/\d+/, { timeout: 30_000 })
  const id = /articles\/(\d+)/.exec(page.url())![1]

  const slug = page.locator('#field-slug')
  await slug.fill(`Zmiana ruchu – ul. Warszawska ${suffix}`)
  const expected = `zmiana-ruchu-ul-warszawska-${suffix}`
  // While typing: the address it will have.
  await expect(page.getByTestId('slug-address')).toHaveText(`Adres w portalu: /aktualnosci/${expected} (tak zostanie zapisany)`)
  await slug.press('Tab')
  await expect(slug).toHaveValue(expected)
  await expect(page.getByTestId('slug-address')).toHaveText(`Adres w portalu: /aktualnosci/${expected}`)

  await expect(async () => {
    const saved = await (await request.get(`/api/articles/${id}?draft=true`, { headers: await adminHeaders(request) })).json()
    expect(saved.slug).toBe(expected)
  }).toPass({ timeout: 20_000 })
})

test('scheduling a saved draft defaults to publishing, in Warsaw time on a 24-hour clock', async ({ page, request }) => {
  const draft = await adminWrite(request, 'post', '/api/articles?draft=true', {
    title: `Zaplanowany artykuł ${uniqueSuffix()}`,
    lead: 'Artykuł, który ma się ukazać jutro rano.',
    _status: 'draft',
  })
  await logIntoAdmin(page, E2E_ADMIN)
  await page.goto(`/admin/collections/articles/${draft.id}`)
  await expect(page.locator('#field-title')).toHaveValue(draft.title as string, { timeout: 30_000 })

  await page.locator('#action-save').locator('xpath=ancestor::*[contains(@class,"btn")][1]').locator('.popup-button').click()
  await page.getByRole('button', { name: 'Zaplanuj publikację' }).click()
  const drawer = page.locator('.schedule-publish')
  await expect(drawer.getByRole('heading', { level: 2 })).toHaveText(`Planowanie publikacji: ${draft.title as string}`)
  await expect(drawer.getByRole('radio', { name: 'Publikuj' })).toBeChecked()
  await expect(drawer.getByRole('radio', { name: 'Cofnij publikację' })).not.toBeChecked()
  await expect(drawer.locator('.timezone-picker')).toContainText('Warszawa (czas polski)')

  // Tomorrow at 07:30 Warsaw time, picked in the calendar and the time list.
  await drawer.locator('.date-time-picker input').click()
  const tomorrow = new Date(Date.now() + 24 * 3600 * 1000)
  const day = new Intl.DateTimeFormat('pl-PL', { day: 'numeric', timeZone: 'Europe/Warsaw' }).format(tomorrow)
  if (day === '1') await page.locator('.react-datepicker__navigation--next').click()
  await page.locator(`.react-datepicker__day:not(.react-datepicker__day--outside-month):not(.react-datepicker__day--disabled)`).getByText(day, { exact: true }).first().click()
  await expect(page.locator('.react-datepicker__header--time')).toHaveText('Termin')
  await page.locator('.react-datepicker__time-list-item').getByText('07:30', { exact: true }).click()
  const input = drawer.locator('.date-time-picker input')
  await expect(input).toHaveValue(new RegExp(`^${day} \\p{L}+ \\d{4}, 07:30$`, 'u'))
  await drawer.getByRole('button', { name: 'Zapisz' }).click()
  await expect(page.getByText('Zaplanowano pomyślnie.')).toBeVisible()

  const upcoming = drawer.locator('table')
  await expect(upcoming).toContainText('Publikuj')
  await expect(upcoming).toContainText('07:30')
  await expect(upcoming).toContainText('Warszawa (czas polski)')
  await expect(upcoming).not.toContainText(/AM|PM/)

  // The dashboard says what is planned, and when.
  await page.goto('/admin')
  const row = page.locator('.editorial-queue__scheduled tr', { hasText: draft.title as string })
  await expect(row).toContainText('publikacja')
  await expect(row).toContainText('07:30')
})

test('the text editor: a toolbar always in view with Polish tooltips, headings 2 to 4, a labelled preview', async ({ page }) => {
  await logIntoAdmin(page, E2E_ADMIN)
  await page.goto('/admin/collections/articles/create')
  await page.locator('#field-title').fill(`Artykuł z nagłówkami ${uniqueSuffix()}`)
  const toolbar = page.locator('.fixed-toolbar')
  await expect(toolbar).toBeVisible({ timeout: 30_000 })
  for (const name of ['Pogrubienie', 'Kursywa', 'Łącze']) {
    const button = toolbar.getByRole('button', { name, exact: true })
    await expect(button, name).toBeVisible()
    await expect(button, name).toHaveAttribute('title', name)
  }

  const editor = page.locator('.rich-text-lexical [contenteditable="true"]').first()
  await editor.click()
  await editor.pressSequentially('/nagłówek')
  const menu = page.getByRole('listbox', { name: 'Slash menu' })
  await expect(menu).toBeVisible()
  const headings = await menu.getByRole('option').filter({ hasText: /^Nagłówek \d$/ }).allInnerTexts()
  expect(headings.map((h) => h.trim())).toEqual(['Nagłówek 2', 'Nagłówek 3', 'Nagłówek 4'])
  await page.keyboard.press('Enter')
  await editor.pressSequentially('Objazdy')
  await expect(editor.locator('h2')).toHaveText('Objazdy')
  await expect(editor.locator('h1')).toHaveCount(0)

  // The document bar: a preview that says what it is, and an explicit draft save besides autosave.
  const preview = page.getByRole('link', { name: 'Podgląd na stronie ↗' })
  await expect(preview).toHaveAttribute('href', /^\/podglad\?kolekcja=articles&id=\d+$/)
  await expect(page.getByRole('button', { name: 'Zapisz szkic' })).toBeVisible()
})

test('publishing a substantive change without a note is refused, the edit is kept as a draft and the message says what to add', async ({ page, request }) => {
  const suffix = uniqueSuffix()
  const article = await adminWrite(request, 'post', '/api/articles', {
    title: `Sesja rady ${suffix}`,
    lead: 'Sesja rady odbędzie się we wtorek.',
    // Older than the seeded article, so that the home page's newest five stay what later tests read.
    publishedAt: '2021-03-01T09:00:00.000Z',
    _status: 'published',
  })
  await logIntoAdmin(page, E2E_ADMIN)
  await page.goto(`/admin/collections/articles/${article.id}`)
  const lead = page.locator('#field-lead')
  await expect(lead).toHaveValue('Sesja rady odbędzie się we wtorek.', { timeout: 30_000 })
  const corrected = `Sesja rady odbędzie się w środę (${suffix}).`
  await lead.fill(corrected)
  // Ticked and published within 250 ms, as a quick editor (or the keyboard) does: before the form
  // has asked the server for the note field.
  await expect(page.getByRole('button', { name: 'Opublikuj zmiany' })).toBeEnabled()
  await page.evaluate(async () => {
    document.querySelector<HTMLInputElement>('#field-substantiveChange')!.click()
    await new Promise((resolve) => setTimeout(resolve, 20))
    ;[...document.querySelectorAll('button')].find((button) => button.textContent?.trim() === 'Opublikuj zmiany')!.click()
  })

  await expect(page.getByText(/Twoje zmiany zapisano jako szkic: dopisz notę/)).toBeVisible()
  // The document bar says the edit is not published (Payload kept saying "Opublikowano").
  await expect(page.locator('.status__value')).toContainText('Zmieniono')
  await expect(page.locator('.status__value')).not.toContainText('Opublikowano')
  // In view under the note's input as long as the note is missing, not only in a passing toast.
  const reminder = page.getByTestId('change-note-reminder')
  await expect(reminder).toHaveText('Dopisz notę o zmianie: bez niej publikacja zostanie odrzucona (zmiany zostaną zapisane jako szkic).')
  expect(await reminder.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true)

  const headers = await adminHeaders(request)
  const draft = await (await request.get(`/api/articles/${article.id}?draft=true`, { headers })).json()
  expect(draft.lead).toBe(corrected)
  const published = await (await request.get(`/api/articles/${article.id}`)).json()
  expect(published.lead).toBe('Sesja rady odbędzie się we wtorek.')

  // With the note, the same edit is published and the note is on the record.
  await page.locator('#field-changeNote').fill('Poprawiliśmy dzień sesji.')
  await expect(reminder).toHaveCount(0)
  await page.getByRole('button', { name: 'Opublikuj zmiany' }).click()
  await expect(async () => {
    const now = await (await request.get(`/api/articles/${article.id}`)).json()
    expect(now.lead).toBe(corrected)
    expect(now.changeNotes.map((n: { note: string }) => n.note)).toEqual(['Poprawiliśmy dzień sesji.'])
  }).toPass({ timeout: 20_000 })
})

/** Texts Payload builds from a template and a collection's name, ungrammatical in Polish. */
const UNGRAMMATICAL = [
  /Stwórz nowy \p{Lu}/u,
  /Dodaj nowy \p{Lu}/u,
  /Tworzenie nowego \p{Lu}/u,
  /Pomyślnie utworzono \p{Lu}/u,
  /Dodaj (Radny|Dokument)\b/,
  /Edytuj \p{Lu}/u,
  /Ostatnio zapisane/,
  /Jesteś pew/,
  /Szukaj według$/,
  /^Email$/,
  /^Lead$/,
  /^API$/,
  /\bdropdown\b/i,
]

async function textsOnScreen(page: import('@playwright/test').Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => el.children.length === 0 && el.offsetParent !== null)
      .map((el) => el.innerText?.trim() ?? '')
    const attributes = [...document.querySelectorAll('[aria-label], [title], [placeholder]')].flatMap((el) =>
      ['aria-label', 'title', 'placeholder'].map((name) => el.getAttribute(name) ?? ''),
    )
    return [...texts, ...attributes].filter(Boolean)
  })
}

test('the admin speaks grammatical Polish on every screen an officer uses, and names the municipality', async ({ page, request }) => {
  await page.goto('/admin/login')
  await expect(page.getByText('Gmina Konstancin-Jeziorna', { exact: true })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Panel redakcji portalu' })).toBeVisible()
  await expect(page.locator('label[for="field-email"]')).toContainText('Adres e-mail')

  await logIntoAdmin(page, E2E_ADMIN)
  const article = await adminWrite(request, 'post', '/api/articles', {
    title: `Artykuł do przeglądu ${uniqueSuffix()}`,
    lead: 'Sprawdzamy, jak panel mówi po polsku.',
    // Older than the seeded article, so that the home page's newest five stay what later tests read.
    publishedAt: '2021-03-01T09:00:00.000Z',
    _status: 'published',
  })
  const screens = [
    '/admin',
    '/admin/collections/articles',
    '/admin/collections/articles/create',
    `/admin/collections/articles/${article.id}`,
    `/admin/collections/articles/${article.id}/versions`,
    '/admin/collections/votes/create',
    '/admin/collections/media',
    '/admin/collections/media/create',
    '/admin/collections/organisations',
    '/admin/globals/site-settings',
  ]
  for (const screen of screens) {
    // A screen left while it still loads aborts the next navigation: try again.
    await expect(async () => {
      await page.goto(screen)
    }).toPass({ timeout: 30_000 })
    await page.waitForLoadState('networkidle')
    const texts = await textsOnScreen(page)
    for (const pattern of UNGRAMMATICAL) {
      expect(texts.filter((text) => pattern.test(text)), `${screen}: ${pattern}`).toEqual([])
    }
  }

  await page.goto('/admin/collections/articles')
  await expect(page.getByPlaceholder(/^Szukaj: /)).toBeVisible()
  await page.goto(`/admin/collections/articles/${article.id}`)
  await expect(page.locator('label[for="field-lead"]')).toContainText('Wstęp (lead)')
  // The text editor's toolbar dropdowns are named in Polish (Lexical said "add dropdown").
  for (const name of ['Wstaw', 'Rodzaj akapitu']) await expect(page.locator(`.fixed-toolbar [aria-label="${name}"]`)).toHaveCount(1)
  await expect(page.locator('#field-substantiveChange')).not.toHaveAttribute('title', /.*/)
  await expect(page.getByRole('link', { name: 'API', exact: true })).toHaveCount(0)
})
