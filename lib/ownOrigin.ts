/**
 * This server itself, not the public address: the proxy reads the portal's own API and
 * pages through it. Next.js sets the variable when it starts.
 */
export function ownOrigin(request: { nextUrl: URL }): string {
  return process.env.__NEXT_PRIVATE_ORIGIN ?? request.nextUrl.origin
}
