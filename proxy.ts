import { type NextRequest, NextResponse } from 'next/server'

import { isDecodablePath } from './lib/decodablePath'
import { databaseIsDown } from './lib/health/databaseHealth'
import { outageResponse } from './lib/health/outageResponse'
import { limitedResponse } from './lib/rateLimit/limitedResponse'

export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  if (databaseIsDown()) return outageResponse(pathname)
  // An address no page can have: the Polish 404 page answers.
  if (!isDecodablePath(pathname)) return NextResponse.rewrite(new URL('/_nieprawidlowy-adres', request.url))
  if (pathname === '/szukaj') {
    const limited = await limitedResponse('search', request)
    if (limited) return limited
  }
  return NextResponse.next()
}

// Not the admin (Payload shows its own errors there) nor Next's static files.
export const config = { matcher: ['/((?!admin|_next/).*)'] }
