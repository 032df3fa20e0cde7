import { type APIRequestContext, expect } from '@playwright/test'

import { E2E_ADMIN } from './server'

/** Headers of a logged-in administrator, for tests that prepare content through the REST API. */
export async function adminHeaders(request: APIRequestContext): Promise<Record<string, string>> {
  const response = await request.post('/api/users/login', { data: E2E_ADMIN })
  expect(response.status()).toBe(200)
  return { Authorization: `JWT ${(await response.json()).token}` }
}
