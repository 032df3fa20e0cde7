import type { Page } from '@playwright/test'

let n = 0

/**
 * A new client address for each search request (documentation range 198.51.100.0/24 and
 * on), so that the search rate limit, which the browser tests set very low, only
 * counts in the test written for it.
 */
export function nextSearchAddress(): Record<string, string> {
  n += 1
  return { 'x-forwarded-for': `198.51.${100 + ((n >> 8) & 63)}.${n & 255}` }
}

/** Sends every /szukaj request this page makes from its own address. */
export async function spreadSearchAddresses(page: Page): Promise<void> {
  await page.route(/\/szukaj(\?|$)/, (route) =>
    route.continue({ headers: { ...route.request().headers(), ...nextSearchAddress() } }),
  )
}
