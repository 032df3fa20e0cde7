import { expect, test } from '@playwright/test'

import { startTestSmtpServer, type TestSmtpServer } from '../tests/support/smtpServer'
import { adminWrite, uniqueSuffix } from './adminApi'
import { E2E_BASE_URL, E2E_SMTP_PORT } from './server'
import { payloadFormReady } from './payloadForm'

let smtp: TestSmtpServer
test.beforeAll(async () => {
  smtp = await startTestSmtpServer(E2E_SMTP_PORT)
})
test.afterAll(() => smtp.stop())

test('forgot-password answers 200 for any well-formed address, known or not', async ({ request }) => {
  for (const email of [`nieznany-${uniqueSuffix()}@konstancin-jeziorna.example`, 'e2e-admin@konstancin-jeziorna.example']) {
    const response = await request.post('/api/users/forgot-password', { data: { email } })
    expect(response.status(), `${email}: ${await response.text()}`).toBe(200)
  }
})

test('an editor who forgot the password gets a Polish e-mail, follows its link, sets a new password and logs in', async ({
  page,
  request,
}) => {
  const email = `zapominalska-${uniqueSuffix()}@konstancin-jeziorna.example`
  await adminWrite(request, 'post', '/api/users', { email, password: 'stare-haslo-123456', name: 'Zapominalska', role: 'author' })

  await page.goto('/admin/forgot')
  await payloadFormReady(page)
  await page.locator('#field-email').fill(email)
  await page.locator('button[type="submit"]').click()
  const mail = await smtp.messageTo(email)

  expect(mail.subject).toBe('Ustaw nowe hasło do panelu portalu Konstancin-Jeziorna')
  expect(mail.from?.text).toContain('portal@konstancin-jeziorna.example')
  const link = /href="([^"]+)"/.exec(String(mail.html))?.[1] ?? ''
  expect(link.startsWith(`${E2E_BASE_URL}/admin/reset/`), link).toBe(true)

  await page.goto(link)
  await payloadFormReady(page)
  await page.locator('#field-password').fill('nowe-haslo-zapominalskiej-9')
  await page.locator('#field-confirm-password').fill('nowe-haslo-zapominalskiej-9')
  await page.locator('button[type="submit"]').click()
  await expect(page).toHaveURL(/\/admin$/, { timeout: 30_000 })

  const login = await request.post('/api/users/login', {
    data: { email, password: 'nowe-haslo-zapominalskiej-9' },
    headers: { 'x-forwarded-for': '198.51.100.251' },
  })
  expect(login.status()).toBe(200)
})
