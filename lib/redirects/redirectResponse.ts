import { type NextRequest, NextResponse } from 'next/server'

import { env } from '../env'
import { oldNewsListTarget, withoutIndexPhp } from './oldSitePath'
import { normalisePath, PROXY_SKIPPED_PREFIXES } from './redirectPath'
import { redirectTarget } from './redirectTable'
import { sameSiteTarget } from './sameSiteTarget'

/**
 * One permanent redirect (308) from an old address (an earlier slug, the old site's path,
 * a trailing slash) to where the content lives now, carrying the query string over; null
 * when the path is not an old address. Called by the proxy before routing, so the pages
 * stay cacheable; `origin` is where the proxy reaches this server (lib/ownOrigin.ts).
 * Next's own trailing-slash redirect is off (next.config.ts): it would answer first, so
 * `/news/` took two hops.
 */
export async function redirectResponse(request: NextRequest, origin: string): Promise<NextResponse | null> {
  const { pathname } = request.nextUrl
  if (PROXY_SKIPPED_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`))) return null
  const requested = decodeURIComponent(pathname)
  const path = withoutIndexPhp(normalisePath(requested))
  const query = new URLSearchParams(request.nextUrl.searchParams)
  const target = oldNewsListTarget(path, query) ?? (await redirectTarget(path, origin)) ?? (path !== requested ? path : null)
  if (!target) return null
  // Checked again here: redirects saved before the rule (or written around the admin) may leave the site.
  const onSite = sameSiteTarget(target)
  if (onSite === null) {
    console.error(`Pominięto przekierowanie ${pathname} → ${JSON.stringify(target)}: prowadzi poza portal`)
    return null
  }
  const location = new URL(onSite, `${env().siteUrl}/`)
  query.forEach((value, key) => location.searchParams.append(key, value))
  return NextResponse.redirect(location, 308)
}
