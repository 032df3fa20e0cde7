import { type NextRequest, NextResponse } from 'next/server'

import { env } from '../env'
import { PROXY_SKIPPED_PREFIXES } from './redirectPath'
import { redirectTarget } from './redirectTable'
import { sameSiteTarget } from './sameSiteTarget'

/**
 * One permanent redirect (308) from an old address (an earlier slug, the old site's path)
 * to where the content lives now, carrying the query string over; null when the path is
 * not an old address. Called by the proxy before routing, so the pages stay cacheable;
 * `origin` is where the proxy reaches this server (lib/ownOrigin.ts).
 */
export async function redirectResponse(request: NextRequest, origin: string): Promise<NextResponse | null> {
  const { pathname } = request.nextUrl
  if (PROXY_SKIPPED_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`))) return null
  const target = await redirectTarget(decodeURIComponent(pathname), origin)
  if (!target) return null
  // Checked again here: redirects saved before the rule (or written around the admin) may leave the site.
  const onSite = sameSiteTarget(target)
  if (onSite === null) {
    console.error(`Pominięto przekierowanie ${pathname} → ${JSON.stringify(target)}: prowadzi poza portal`)
    return null
  }
  const location = new URL(onSite, `${env().siteUrl}/`)
  request.nextUrl.searchParams.forEach((value, key) => location.searchParams.append(key, value))
  return NextResponse.redirect(location, 308)
}
