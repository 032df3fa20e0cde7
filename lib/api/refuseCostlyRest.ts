import { parse } from 'qs-esm'

import { REST_LIMITS } from './restLimits'

const badRequest = (reason: string) =>
  Response.json({ errors: [{ message: `Zapytanie żąda zbyt wiele: ${reason}.` }] }, { status: 400, headers: { 'cache-control': 'no-store' } })

const isWholeNumberIn = (value: unknown, min: number, max: number) =>
  typeof value === 'string' && /^\d+$/.test(value.trim()) && Number(value) >= min && Number(value) <= max

/**
 * Answers 400 to a REST read that would load more than one request may (any collection,
 * global or version list under /api): a `limit` outside 1…100, `limit=0` or
 * `pagination=false` (Payload's "everything"), a join without a bound, too many `populate`
 * or `joins` entries. `depth` needs no check here: Payload's `maxDepth` (3) caps it.
 * Reads also come as POST with `X-HTTP-Method-Override: GET` and the query in the body,
 * as the admin's relationship fields send them. Null lets the request through.
 */
export async function refuseCostlyRest(request: Request): Promise<Response | null> {
  const query = await readQuery(request)
  if (query === null) return null
  const params = parse(query, { allowEmptyArrays: true, arrayLimit: 1000, depth: 10, ignoreQueryPrefix: true }) as Record<string, unknown>
  const { max } = REST_LIMITS
  if ('limit' in params && !isWholeNumberIn(params.limit, 1, max.limit))
    return badRequest(`parametr limit musi być liczbą od 1 do ${max.limit} (limit=0 oznaczałby wszystkie dokumenty)`)
  if ('pagination' in params && params.pagination !== 'true')
    return badRequest(`pagination=false oznaczałoby wszystkie dokumenty; użyj limit (najwyżej ${max.limit}) i page`)
  for (const name of ['populate', 'joins', 'select'] as const) {
    const value = params[name]
    if (value && typeof value === 'object' && Object.keys(value).length > max.entries)
      return badRequest(`parametr ${name} może mieć najwyżej ${max.entries} pozycji`)
  }
  if (params.joins && typeof params.joins === 'object') {
    for (const join of Object.values(params.joins)) {
      if (join && typeof join === 'object' && 'limit' in join && !isWholeNumberIn(join.limit, 1, max.limit))
        return badRequest(`limit złączenia (joins) musi być liczbą od 1 do ${max.limit}`)
    }
  }
  return null
}

/** The query string Payload will read, or null for a request that reads nothing. */
async function readQuery(request: Request): Promise<string | null> {
  const method = request.method.toUpperCase()
  const search = new URL(request.url).search
  if (method === 'GET') return search
  const override = request.headers.get('x-payload-http-method-override') ?? request.headers.get('x-http-method-override')
  if (method !== 'POST' || override !== 'GET') return null
  // Payload appends a form body to the address's own query (handleEndpoints in payload).
  const formBody = request.headers.get('content-type') === 'application/x-www-form-urlencoded' ? await request.clone().text() : ''
  return `${search}&${formBody}`
}
