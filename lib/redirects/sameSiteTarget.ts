// Any origin does: only whether the target keeps it matters. `.invalid` can never be a real host.
const BASE = 'https://portal.invalid'

/**
 * A redirect target resolved as a browser resolves it (WHATWG URL: "..", ".", "%2e",
 * tabs and backslashes included) against the site: its path, query and fragment, or null
 * when it leaves the site. A path that resolves to `//host` is refused too: written as a
 * relative Location (Next.js shortens same-origin redirects so) a browser reads it as
 * another host. So `/..//evil.example` and `/a/../..//evil.example` are refused, while
 * `/a/../b` becomes `/b`.
 */
export function sameSiteTarget(target: string): string | null {
  let url: URL
  try {
    url = new URL(target, `${BASE}/`)
  } catch {
    return null
  }
  if (url.origin !== BASE || /^\/[/\\]/.test(url.pathname)) return null
  return `${url.pathname}${url.search}${url.hash}`
}
