import AxeBuilder from '@axe-core/playwright'
import { type APIRequestContext, expect, type Page, test } from '@playwright/test'

import { type ReceivedMail, startTestSmtpServer, type TestSmtpServer } from '../tests/support/smtpServer'
import { adminHeaders, adminWrite, uniqueSuffix } from './adminApi'
import { E2E_BASE_URL, E2E_SMTP_PORT } from './server'

// The e2e server sends its mail to this port (E2E_SERVER_ENV); its job queue runs every 10 s.
let smtp: TestSmtpServer
test.beforeAll(async () => {
  smtp = await startTestSmtpServer(E2E_SMTP_PORT)
})
test.afterAll(() => smtp.stop())

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']
async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze()
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
}

const SENT = 'Jeśli adres jest poprawny, wysłaliśmy na niego wiadomość z linkiem potwierdzającym.'
const ALERT_WAIT_MS = 60_000

/** Every message to `to` whose subject starts with `prefix`, received so far. */
const received = (to: string, prefix: string) => smtp.messages.filter((m) => m.envelopeTo.includes(to) && m.subject?.startsWith(prefix))

async function nextMessage(to: string, prefix: string, count: number): Promise<ReceivedMail> {
  await expect.poll(() => received(to, prefix).length, { timeout: ALERT_WAIT_MS, message: `a message "${prefix}…" to ${to}` }).toBeGreaterThanOrEqual(count)
  return received(to, prefix)[count - 1]
}

async function subscribe(page: Page, email: string) {
  await page.goto('/powiadomienia')
  await page.getByLabel('Adres e-mail').fill(email)
  await page.getByLabel('Wszystkie aktualności').check()
  await page.getByRole('button', { name: 'Zapisz się' }).click()
  await expect(page.getByRole('status')).toContainText(SENT)
}

async function confirm(page: Page, email: string) {
  const mail = await nextMessage(email, 'Potwierdź zapis', 1)
  const link = /https?:\/\/\S+\/powiadomienia\/potwierdz\?token=\S+/.exec(String(mail.text))?.[0] as string
  expect(link.startsWith(`${E2E_BASE_URL}/powiadomienia/potwierdz?token=`), link).toBe(true)
  await page.goto(link)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Potwierdź zapis na powiadomienia')
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: 'Potwierdzam zapis' }).click()
  await expect(page.getByRole('status')).toContainText('zapis potwierdzony')
}

const created: (number | string)[] = []
async function publishArticle(request: APIRequestContext, title: string) {
  // Dated long ago: the home page's newest five and the news sitemap stay as the other tests expect.
  const article = await adminWrite(request, 'post', '/api/articles', {
    title,
    lead: 'Artykuł testu powiadomień e-mail (fikcyjny).',
    publishedAt: '2020-05-01T09:00:00.000Z',
    _status: 'published',
  })
  created.push(article.id)
  return article
}

test.afterAll(async ({ request }) => {
  const headers = await adminHeaders(request)
  for (const id of created) await request.delete(`/api/articles/${id}`, { headers })
})

test('the form page, its answers to an invalid address and to no topic, all accessible', async ({ page }) => {
  await page.goto('/powiadomienia')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Powiadomienia e-mail')
  await expect(page.getByRole('heading', { name: 'Twoje dane (RODO)' })).toBeVisible()
  await expectNoAxeViolations(page)

  await page.getByLabel('Adres e-mail').fill('to-nie-jest-adres')
  await page.getByRole('button', { name: 'Zapisz się' }).click()
  const problems = page.locator('.notice--error[role="alert"]')
  await expect(problems).toContainText('Podaj poprawny adres e-mail')
  await expect(page.getByLabel('Adres e-mail')).toHaveAttribute('aria-invalid', 'true')
  await expect(problems).toContainText('Wybierz co najmniej jeden temat')
  await expectNoAxeViolations(page)
})

test('subscribe, confirm from the e-mail, get exactly one alert per article, unsubscribe with the List-Unsubscribe URL, get nothing more', async ({
  page,
  request,
}) => {
  const suffix = uniqueSuffix()
  const leaving = `odchodzaca-${suffix}@mieszkancy.example`
  const staying = `zostajaca-${suffix}@mieszkancy.example`
  await subscribe(page, leaving)
  await confirm(page, leaving)
  await subscribe(page, staying)
  await confirm(page, staying)

  // An address already subscribed gets the same answer as any other.
  await subscribe(page, leaving)

  const first = await publishArticle(request, `Alert pierwszy ${suffix}`)
  const alert = await nextMessage(leaving, `Nowy artykuł: Alert pierwszy ${suffix}`, 1)
  await nextMessage(staying, `Nowy artykuł: Alert pierwszy ${suffix}`, 1)
  expect(String(alert.text)).toContain(`${E2E_BASE_URL}/aktualnosci/${String(first.slug)}`)

  // An edit of the published article announces nothing.
  await adminWrite(request, 'patch', `/api/articles/${first.id}`, { lead: 'Poprawiony lead (fikcyjny).' })

  const header = alert.headerLines.find((h) => h.key === 'list-unsubscribe')?.line ?? ''
  expect(alert.headerLines.find((h) => h.key === 'list-unsubscribe-post')?.line).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click')
  const oneClick = /<([^>]+)>/.exec(header)?.[1] as string
  expect(oneClick.startsWith(`${E2E_BASE_URL}/api/powiadomienia/wypisz?token=`), header).toBe(true)
  // RFC 8058: the mail program POSTs this body to the header's URL, with no page in between.
  const unsubscribed = await request.post(oneClick, { form: { 'List-Unsubscribe': 'One-Click' } })
  expect(unsubscribed.status(), await unsubscribed.text()).toBe(200)

  await publishArticle(request, `Alert drugi ${suffix}`)
  // Once the address still subscribed has the second alert, the job that would have written to the other has run.
  await nextMessage(staying, `Nowy artykuł: Alert drugi ${suffix}`, 1)
  expect(received(leaving, 'Nowy artykuł').map((m) => m.subject)).toEqual([`Nowy artykuł: Alert pierwszy ${suffix}`])
  expect(received(staying, 'Nowy artykuł').map((m) => m.subject)).toEqual([
    `Nowy artykuł: Alert pierwszy ${suffix}`,
    `Nowy artykuł: Alert drugi ${suffix}`,
  ])

  // The other address leaves through the link in the message: the page changes nothing until its button is pressed.
  const last = received(staying, 'Nowy artykuł').at(-1) as ReceivedMail
  const link = /https?:\/\/\S+\/powiadomienia\/wypisz\?token=\S+/.exec(String(last.text))?.[0] as string
  const opened = await page.goto(link)
  expect(opened?.headers()['cache-control']).toMatch(/no-store/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rezygnacja z powiadomień')
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: 'Rezygnuję z powiadomień' }).click()
  await expect(page.getByRole('status')).toContainText('Adres został usunięty')
  await expectNoAxeViolations(page)
})

test('the form is rate-limited per client address, with a Polish answer', async ({ page }) => {
  await page.setExtraHTTPHeaders({ 'x-forwarded-for': '203.0.113.214' })
  await page.goto('/powiadomienia')
  const answers: string[] = []
  for (let i = 0; i < 11; i++) {
    await page.getByLabel('Adres e-mail').fill(`zly-adres-${i}`)
    // The form's server action is a POST to the page's address.
    await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/powiadomienia'),
      page.getByRole('button', { name: 'Zapisz się' }).click(),
    ])
    await expect(page.getByRole('button', { name: 'Zapisz się' })).toBeEnabled()
    answers.push((await page.locator('.notice--error[role="alert"]').textContent()) ?? '')
  }
  expect(answers.slice(0, 10).every((a) => a.includes('Podaj poprawny adres e-mail'))).toBe(true)
  expect(answers[10]).toMatch(/Zbyt wiele zapisów na powiadomienia z tego adresu\. Spróbuj ponownie za \d+ s\./)
})
