import type { NextRequest } from 'next/server'

/** This server itself, not the public address: where the proxy reaches the routes it runs apart from. */
export function ownOrigin(request: NextRequest): string {
  return process.env.__NEXT_PRIVATE_ORIGIN ?? request.nextUrl.origin
}
