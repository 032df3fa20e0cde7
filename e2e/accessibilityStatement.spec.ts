import { type APIRequestContext, expect, type Page, test } from '@playwright/test'

import { ensureAccount, logIntoAdmin } from './accounts'
import { adminHeaders } from './adminApi'
import { E2E_ADMIN } from './server'

/**
 * The office's facts come from the site settings: the seed gives only the office's published
 * address; the statement says plainly what is not given yet, and the administrator's
 * dashboard lists it. Once the administrator gives the facts, every page shows them.
 */
test.describe.configure({ mode: 'serial' })

const SETTINGS = '/api/globals/site-settings'

async function settings(request: APIRequestContext) {
  const response = await request.get(`${SETTINGS}?depth=0`, { headers: await adminHeaders(request) })
  expect(response.status()).toBe(200)
  return response.json()
}

async function saveSettings(request: APIRequestContext, data: Record<string, unknown>) {
  const response = await request.post(SETTINGS, { headers: { ...(await adminHeaders(request)), 'Accept-Language': 'pl' }, data })
  expect(response.status(), await response.text()).toBe(200)
}

const footer = (page: Page) => page.locator('footer.site-footer')

let seeded: Record<string, unknown>

test.beforeAll(async ({ request }) => {
  seeded = await settings(request)
})

test.afterAll(async ({ request }) => {
  await saveSettings(request, { office: seeded.office, accessibility: seeded.accessibility })
})

test('the footer shows the seeded name and address of the office, and no phone, e-mail or BIP link the office has not given', async ({ page }) => {
  for (const path of ['/', '/aktualnosci', '/nie-ma-takiej-strony']) {
    await page.goto(path)
    const address = footer(page).locator('address')
    await expect(address).toHaveText(/Urząd Miasta i Gminy Konstancin-Jeziorna\s*ul\. Warszawska 32\s*05-520 Konstancin-Jeziorna/)
    await expect(address).not.toContainText('tel.')
    await expect(footer(page).locator('a[href^="mailto:"], a[href^="tel:"]')).toHaveCount(0)
    await expect(footer(page).getByRole('link', { name: 'Biuletyn Informacji Publicznej' })).toHaveCount(0)
  }
})

test('the statement shows no placeholder: each fact not given is said plainly', async ({ page }) => {
  const response = await page.goto('/deklaracja-dostepnosci')
  expect(response?.status()).toBe(200)
  const main = page.locator('main')
  await expect(main).not.toContainText('[')
  await expect(main).not.toContainText('Do uzupełnienia')
  for (const plainly of [
    'Urząd nie podał jeszcze daty publikacji strony internetowej.',
    'Urząd nie ocenił jeszcze zgodności strony z ustawą.',
    'Urząd nie podał jeszcze daty sporządzenia deklaracji.',
    'Urząd nie wskazał jeszcze osoby odpowiedzialnej za dostępność.',
    'Urząd nie opisał jeszcze dostępności architektonicznej swojego budynku.',
  ]) {
    await expect(main).toContainText(plainly)
  }
  await expect(main.locator('address')).toContainText('ul. Warszawska 32')
})

test('the dashboard lists the missing facts to the administrator only; once given, the statement and the footer show them', async ({ page, request, browser }) => {
  test.setTimeout(120_000)
  await logIntoAdmin(page, E2E_ADMIN)
  const box = page.locator('section.statement-facts-missing')
  await expect(box.getByRole('heading', { name: 'Deklaracja dostępności: brakujące dane' })).toBeVisible()
  const items = await box.locator('li').allInnerTexts()
  expect(items).toEqual([
    'Data publikacji strony internetowej',
    'Data ostatniej istotnej aktualizacji',
    'Status zgodności z ustawą',
    'Data sporządzenia deklaracji',
    'Data ostatniego przeglądu i aktualizacji deklaracji',
    'Sposób sporządzenia deklaracji',
    'Osoba odpowiedzialna za dostępność (imię i nazwisko)',
    'Adres e-mail osoby odpowiedzialnej',
    'Telefon osoby odpowiedzialnej',
    'Dostępność architektoniczna budynku urzędu',
  ])
  await expect(box.getByRole('link', { name: 'Uzupełnij je w ustawieniach portalu' })).toHaveAttribute('href', '/admin/globals/site-settings')

  // An editor, who cannot edit the settings, is not shown the list.
  const editor = await ensureAccount(request, 'editor')
  const editorContext = await browser.newContext()
  const editorPage = await editorContext.newPage()
  await logIntoAdmin(editorPage, editor)
  await expect(editorPage.locator('section.statement-facts-missing')).toHaveCount(0)
  await editorContext.close()

  await saveSettings(request, {
    office: { ...(seeded.office as object), phone: '22 000 00 00', email: 'urzad@konstancin-jeziorna.example', bipUrl: 'https://bip.konstancin-jeziorna.example/' },
    accessibility: {
      publishedOn: '2026-11-30T23:00:00.000Z',
      lastMajorUpdateOn: '2026-12-01T23:00:00.000Z',
      complianceStatus: 'partial',
      nonCompliantContent: [{ description: 'Część skanów uchwał z lat 2010–2015 nie ma warstwy tekstowej.' }],
      preparedOn: '2026-12-01T23:00:00.000Z',
      reviewedOn: '2026-12-01T23:00:00.000Z',
      assessment: 'self',
      coordinatorName: 'Koordynator E2E',
      coordinatorEmail: 'dostepnosc@konstancin-jeziorna.example',
      coordinatorPhone: '+48 22 000 00 01',
      building: 'Wejście do budynku od ulicy, bez progów.\n\nWinda obsługuje wszystkie piętra.',
    },
  })

  await page.reload()
  await expect(page.getByRole('heading', { name: 'Deklaracja dostępności: brakujące dane' })).toHaveCount(0)

  await page.goto('/deklaracja-dostepnosci')
  const main = page.locator('main')
  await expect(main).toContainText('Data publikacji strony internetowej: 1 grudnia 2026.')
  await expect(main).toContainText('Strona internetowa jest częściowo zgodna z ustawą')
  await expect(main.getByRole('heading', { name: 'Treści niedostępne' })).toBeVisible()
  await expect(main).toContainText('Część skanów uchwał z lat 2010–2015 nie ma warstwy tekstowej.')
  await expect(main).toContainText('Deklarację sporządzono na podstawie samooceny przeprowadzonej przez podmiot publiczny.')
  await expect(main).toContainText('Osoba odpowiedzialna za dostępność: Koordynator E2E.')
  await expect(main.getByRole('link', { name: 'dostepnosc@konstancin-jeziorna.example' })).toHaveAttribute('href', 'mailto:dostepnosc@konstancin-jeziorna.example')
  await expect(main.getByRole('link', { name: '+48 22 000 00 01' })).toHaveAttribute('href', 'tel:+48220000001')
  await expect(main.locator('p', { hasText: 'Winda obsługuje wszystkie piętra.' })).toBeVisible()
  await expect(main).not.toContainText('Urząd nie')

  await page.goto('/aktualnosci')
  await expect(footer(page).getByRole('link', { name: '22 000 00 00' })).toHaveAttribute('href', 'tel:+48220000000')
  await expect(footer(page).getByRole('link', { name: 'urzad@konstancin-jeziorna.example' })).toHaveAttribute('href', 'mailto:urzad@konstancin-jeziorna.example')
  await expect(footer(page).getByRole('link', { name: 'Biuletyn Informacji Publicznej' })).toHaveAttribute('href', 'https://bip.konstancin-jeziorna.example/')
})

test('settings refuse a malformed contact fact with a Polish message', async ({ request }) => {
  const response = await request.post(SETTINGS, {
    headers: { ...(await adminHeaders(request)), 'Accept-Language': 'pl' },
    data: { office: { ...(seeded.office as object), postalCode: '05520', bipUrl: 'javascript:alert(1)' } },
  })
  expect(response.status()).toBe(400)
  const messages = JSON.stringify(await response.json())
  expect(messages).toContain('Kod pocztowy w postaci 00-000.')
  expect(messages).toContain('Podaj pełny adres strony zaczynający się od https://.')
})
