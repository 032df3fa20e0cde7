import { type APIRequestContext, expect, type Page } from '@playwright/test'

import { E2E_ADMIN } from './server'
import { payloadFormReady } from './payloadForm'

export type Account = { email: string; password: string }

let logins = 0
/**
 * Logins take turns among ten documentation addresses (RFC 5737), so that the server's login
 * rate limit (5 per 3 s per address in the e2e server) never refuses a test's login. Not one
 * new address per login: an account gets only 30 logins an hour from addresses it was never
 * logged into from (LOGIN_ACCOUNT_RATE_LIMIT), and the whole suite logs in more often than that.
 */
const freshAddress = () => ({ 'x-forwarded-for': `198.51.100.${(logins++ % 10) + 1}` })

/** Logs into /admin through the login form. */
export async function logIntoAdmin(page: Page, account: Account) {
  await page.setExtraHTTPHeaders(freshAddress())
  await page.goto('/admin/login')
  await payloadFormReady(page)
  await page.locator('#field-email').fill(account.email)
  await page.locator('#field-password').fill(account.password)
  await page.locator('button[type="submit"]').click()
  await expect(page).toHaveURL(/\/admin$/, { timeout: 30_000 })
}

export async function apiToken(request: APIRequestContext, account: Account): Promise<string> {
  const response = await request.post('/api/users/login', { data: account, headers: freshAddress() })
  expect(response.ok()).toBe(true)
  return (await response.json()).token
}

/** An editor or author account made by the administrator through the REST API (once per run). */
export async function ensureAccount(request: APIRequestContext, role: 'editor' | 'author'): Promise<Account> {
  const account = { email: `e2e-${role}@konstancin-jeziorna.example`, password: `e2e-haslo-${role}-123` }
  const token = await apiToken(request, E2E_ADMIN)
  const created = await request.post('/api/users', {
    headers: { Authorization: `JWT ${token}` },
    data: { ...account, name: role === 'editor' ? 'Redaktorka E2E' : 'Autor E2E', role },
  })
  expect([201, 400]).toContain(created.status()) // 400: the e-mail is taken by an earlier test
  return account
}
