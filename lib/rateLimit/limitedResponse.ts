import { clientAddress } from './clientAddress'
import { take, tooManyMessage } from './limiters'

/**
 * A Polish 429 page when the client is past the named limit, otherwise null. Made for
 * proxy.ts or a route handler: `const limited = await limitedResponse('search', request); if (limited) return limited`.
 */
export async function limitedResponse(name: 'login' | 'search', request: Request): Promise<Response | null> {
  const address = clientAddress(request.headers)
  if (!address) return null
  const verdict = await take(name, address)
  if (verdict.allowed) return null
  const message = tooManyMessage[name](verdict.retryAfterSeconds)
  return new Response(
    `<!doctype html><html lang="pl"><head><meta charset="utf-8"><title>Zbyt wiele zapytań</title></head>` +
      `<body><main><h1>Zbyt wiele zapytań</h1><p>${message}</p><p><a href="/">Strona główna</a></p></main></body></html>`,
    {
      status: 429,
      headers: {
        'content-type': 'text/html; charset=utf-8',
        'retry-after': String(verdict.retryAfterSeconds),
        'cache-control': 'no-store',
      },
    },
  )
}
