/** A path the portal's catch-all route answers with its 404 page. */
const NOT_FOUND_PAGE = '/_nieprawidlowy-adres'

const FALLBACK =
  '<!doctype html><html lang="pl"><head><meta charset="utf-8"><title>Nie znaleziono strony | Konstancin-Jeziorna</title></head>' +
  '<body><main id="main-content"><h1>Nie znaleziono strony</h1><p>Ten adres jest nieprawidłowy.</p>' +
  '<p><a href="/">Strona główna</a> · <a href="/szukaj">Szukaj</a></p></main></body></html>'

/**
 * The Polish 404 page for a path with a broken percent-escape or invalid UTF-8 (/%, /%C0%AF).
 * Answered by the proxy itself, with the page fetched from this server: such a path must
 * never reach Next's router, which decodes it again to apply the rewrites and fails with
 * a 500 ("failed to decode param") when the server listens on all interfaces, as
 * `npm run portal` and production do (a proxy rewrite only hid it on 127.0.0.1).
 */
export async function invalidAddressResponse(origin: string): Promise<Response> {
  const page = await fetch(`${origin}${NOT_FOUND_PAGE}`, { cache: 'no-store' }).catch(() => null)
  const html = page?.status === 404 ? await page.text() : FALLBACK
  return new Response(html, { status: 404, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' } })
}
