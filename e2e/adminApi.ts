import { type APIRequestContext, expect } from '@playwright/test'

import { E2E_ADMIN } from './server'

let token: string | undefined

/** The e2e administrator's token, logged in once per test worker: logins are rate-limited. */
export async function adminToken(request: APIRequestContext): Promise<string> {
  if (token) return token
  const response = await request.post('/api/users/login', { data: E2E_ADMIN })
  expect(response.status()).toBe(200)
  token = (await response.json()).token as string
  return token
}

/** Headers of a logged-in administrator, for tests that prepare content through the REST API. */
export async function adminHeaders(request: APIRequestContext): Promise<Record<string, string>> {
  return { Authorization: `JWT ${await adminToken(request)}` }
}

/** Creates or updates a document through the REST API as the e2e administrator; returns it. */
export async function adminWrite(
  request: APIRequestContext,
  method: 'post' | 'patch',
  path: string,
  data: Record<string, unknown>,
): Promise<Record<string, unknown> & { id: number | string }> {
  const headers = { ...(await adminHeaders(request)), 'Accept-Language': 'pl' }
  const response = await request[method](path, { headers, data })
  expect(response.status(), await response.text()).toBeLessThan(300)
  return (await response.json()).doc
}

/** A unique suffix so that a rerun against the same database makes fresh documents. */
export const uniqueSuffix = () => Date.now().toString(36)
