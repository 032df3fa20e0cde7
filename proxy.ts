import { type NextRequest, NextResponse } from 'next/server'

import { isServablePath } from './lib/servablePath'
import { databaseIsDown } from './lib/health/databaseHealth'
import { healthRouteProbe } from './lib/health/healthRoute'
import { outageResponse } from './lib/health/outageResponse'
import { invalidAddressResponse } from './lib/invalidAddressResponse'
import { ownOrigin } from './lib/ownOrigin'
import { limitedResponse } from './lib/rateLimit/limitedResponse'
import { redirectResponse } from './lib/redirects/redirectResponse'
import { cachedSearchPage, isSearchPageRender } from './lib/search/searchPageCache'

export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  const origin = ownOrigin(request)
  if (await databaseIsDown(healthRouteProbe(origin))) return outageResponse(pathname)
  // The admin: only the outage answer above (Payload shows its own errors there).
  if (pathname === '/admin' || pathname.startsWith('/admin/')) return NextResponse.next()
  // An address no page can have: the Polish 404 page answers.
  if (!isServablePath(pathname)) return invalidAddressResponse(origin)
  if (pathname === '/szukaj') {
    if (isSearchPageRender(request)) return NextResponse.next()
    const limited = await limitedResponse('search', request)
    if (limited) return limited
    const cached = await cachedSearchPage(request, origin)
    if (cached) return cached
  }
  // Old addresses (earlier slugs, the old site's paths): one permanent redirect.
  const redirect = await redirectResponse(request, origin)
  if (redirect) return redirect
  return NextResponse.next()
}

// Not Next's static files, nor the health route (lib/health/healthRoute.ts), which the proxy itself asks.
export const config = { matcher: ['/((?!_next/|api/stan-bazy).*)'] }
