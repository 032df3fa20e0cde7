import { type NextRequest, NextResponse } from 'next/server'

import { databaseIsDown } from './lib/health/databaseHealth'
import { outageResponse } from './lib/health/outageResponse'

export function proxy(request: NextRequest) {
  if (databaseIsDown()) return outageResponse(request.nextUrl.pathname)
  return NextResponse.next()
}

// Not the admin (Payload shows its own errors there) nor Next's static files.
export const config = { matcher: ['/((?!admin|_next/).*)'] }
