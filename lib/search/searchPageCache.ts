import { randomUUID } from 'node:crypto'

import { LRUCache } from 'lru-cache'
import type { NextRequest } from 'next/server'

import { searchIndexChanged } from './searchIndexChanged'

/**
 * Rendered search pages, held in memory by the proxy: readers repeat the same few queries,
 * and a page served from here costs a map lookup instead of a render. A query is kept from
 * its second request on: the first is rendered by Next as usual (a query asked once, as
 * most odd ones are, costs nothing more), the second by the proxy asking the server for
 * it (concurrent readers of the same query share that request; it costs about twice a
 * plain render). A page is dropped when the search index changes, in this process or
 * (with REDIS_URL) in any other instance, and after TTL_MS in any case (without Redis, the
 * only way another instance's change arrives). Only full-page GETs: Next's own RSC
 * requests (client navigation, prefetch) and long query strings are rendered as usual.
 */
const MAX_PAGES = 500
const MAX_SEEN = 5_000
const TTL_MS = 60_000
const MAX_KEY_LENGTH = 300
/** A render that takes longer is abandoned: the reader's request then goes to Next as usual. */
const RENDER_TIMEOUT_MS = 10_000
/** Marks the proxy's own request for a page; the value is secret, so readers cannot skip the rate limit with it. */
const RENDER_HEADER = 'x-portal-search-render'
const renderToken = randomUUID()

type RenderedPage = { html: string; renderedAt: number }

const pages = new LRUCache<string, RenderedPage>({ max: MAX_PAGES, ttl: TTL_MS })
const seen = new LRUCache<string, true>({ max: MAX_SEEN, ttl: TTL_MS })
const rendering = new Map<string, Promise<RenderedPage | null>>()

/** The proxy's own request for a page, to be rendered by the search page itself. */
export function isSearchPageRender(request: NextRequest): boolean {
  return request.headers.get(RENDER_HEADER) === renderToken
}

/** The search page from memory (rendering it first if needed), or null to let Next render this request. */
export async function cachedSearchPage(request: NextRequest, origin: string): Promise<Response | null> {
  const key = request.nextUrl.search
  if (!cacheable(request, key)) return null
  const cached = pages.get(key)
  if (!cached && !seen.has(key)) {
    seen.set(key, true)
    return null
  }
  const fresh = cached && !searchIndexChanged.changedSince(cached.renderedAt) ? cached : null
  const page = fresh ?? (await render(key, `${origin}${request.nextUrl.pathname}${key}`))
  if (!page) return null
  return new Response(page.html, {
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'private, no-cache, no-store, max-age=0, must-revalidate',
      'x-portal-search-cache': fresh ? 'HIT' : 'MISS',
    },
  })
}

function cacheable(request: NextRequest, key: string): boolean {
  return (
    request.method === 'GET' &&
    key.length <= MAX_KEY_LENGTH &&
    !request.headers.has('rsc') &&
    !request.headers.has('next-router-prefetch') &&
    !request.nextUrl.searchParams.has('_rsc')
  )
}

function render(key: string, url: string): Promise<RenderedPage | null> {
  let pending = rendering.get(key)
  if (!pending) {
    pending = renderPage(url)
      .then((page) => {
        if (page) pages.set(key, page)
        return page
      })
      .finally(() => rendering.delete(key))
    rendering.set(key, pending)
  }
  return pending
}

/** Null when the page did not render normally (an outage, an error): the reader's request then goes to Next as usual. */
async function renderPage(url: string): Promise<RenderedPage | null> {
  const renderedAt = Date.now()
  try {
    const response = await fetch(url, {
      headers: { [RENDER_HEADER]: renderToken, accept: 'text/html' },
      cache: 'no-store',
      signal: AbortSignal.timeout(RENDER_TIMEOUT_MS),
    })
    if (response.status !== 200) return null
    return { html: await response.text(), renderedAt }
  } catch {
    return null
  }
}
