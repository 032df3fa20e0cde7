/**
 * This server itself, not the public address: where the proxy reaches the routes it runs
 * apart from (the redirects API, the health route, search pages). Next.js sets the
 * variable when it starts.
 */
export function ownOrigin(request: { nextUrl: URL }): string {
  return process.env.__NEXT_PRIVATE_ORIGIN ?? request.nextUrl.origin
}
