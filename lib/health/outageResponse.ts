const MESSAGE = 'Portal jest chwilowo niedostępny: nie możemy połączyć się z bazą danych. Spróbuj ponownie za kilka minut.'

/** The Polish 503 answer while the database is down: a page for people, JSON for the API. */
export function outageResponse(pathname: string): Response {
  const headers = { 'retry-after': '30', 'cache-control': 'no-store' }
  if (pathname.startsWith('/api/')) {
    return Response.json({ errors: [{ message: MESSAGE }] }, { status: 503, headers })
  }
  return new Response(
    `<!doctype html><html lang="pl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
      `<title>Portal chwilowo niedostępny | Konstancin-Jeziorna</title></head>` +
      `<body><main id="main-content"><h1>Portal chwilowo niedostępny</h1><p>${MESSAGE}</p>` +
      `<p>Pilne sprawy: Urząd Miasta i Gminy Konstancin-Jeziorna.</p></main></body></html>`,
    { status: 503, headers: { ...headers, 'content-type': 'text/html; charset=utf-8' } },
  )
}
