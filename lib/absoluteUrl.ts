import { env } from './env'

/**
 * The public, absolute address of a portal path ("/aktualnosci/x"), built from SITE_URL.
 * The home page is SITE_URL itself, without a trailing slash, as Next.js writes it.
 */
export function absoluteUrl(path: string): string {
  if (path === '/' || path === '') return env().siteUrl
  return `${env().siteUrl}${path.startsWith('/') ? path : `/${path}`}`
}
