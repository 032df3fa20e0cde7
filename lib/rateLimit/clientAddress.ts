/**
 * The client's address, for counting its requests. Next.js sets X-Forwarded-For to the
 * socket's address when no proxy did; behind a reverse proxy the last entry is the one
 * that proxy saw (see README: the proxy must append to X-Forwarded-For). Null for calls
 * made by the server itself (Payload's local API has no headers).
 */
export function clientAddress(headers: Headers): string | null {
  const forwarded = headers.get('x-forwarded-for')
  const last = forwarded
    ?.split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .at(-1)
  return last || headers.get('x-real-ip') || null
}
