import { env } from './env'

const ABSOLUTE_WEB_URL = /^https?:\/\//i

/**
 * The public, absolute address of a portal path ("/aktualnosci/x"), or a URL that is already
 * absolute (Payload writes media URLs with its `serverURL`), returned as it is: an origin is
 * never written twice. Characters a URL cannot hold are percent-encoded. The home page is
 * SITE_URL itself, without a trailing slash, as Next.js writes it.
 */
export function absoluteUrl(pathOrUrl: string, siteUrl: string = env().siteUrl): string {
  if (ABSOLUTE_WEB_URL.test(pathOrUrl)) return new URL(pathOrUrl).href
  // Relative to SITE_URL's own path, so that a portal served under a prefix keeps it.
  const href = new URL(pathOrUrl.replace(/^\/+/, ''), `${siteUrl}/`).href
  return href === `${siteUrl}/` ? siteUrl : href
}
