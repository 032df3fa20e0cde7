import { env } from './env'

/** The public, absolute address of a portal path ("/aktualnosci/x"), built from SITE_URL. */
export function absoluteUrl(path: string): string {
  return `${env().siteUrl}${path.startsWith('/') ? path : `/${path}`}`
}
