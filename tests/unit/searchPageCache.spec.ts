import { NextRequest } from 'next/server'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { cachedSearchPage, isSearchPageRender } from '@/lib/search/searchPageCache'
import { searchIndexChanged } from '@/lib/search/searchIndexChanged'

const ORIGIN = 'http://127.0.0.1:3999'
let renders = 0
let query = 0

/** The server as the proxy sees it: each render answers a page that says which render it was. */
function serveRenders(status = 200) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      renders += 1
      const inner = new NextRequest(url, { headers: init.headers })
      expect(isSearchPageRender(inner)).toBe(true)
      return new Response(`<html lang="pl">render ${renders} of ${new URL(url).search}</html>`, { status })
    }),
  )
}

const searchFor = (q: string, headers?: Record<string, string>) =>
  new NextRequest(`http://portal.test/szukaj?q=${encodeURIComponent(q)}`, { headers })
const newQuery = () => `zapytanie ${(query += 1)} ${Date.now()}`

afterEach(() => {
  vi.unstubAllGlobals()
  vi.useRealTimers()
})

describe('the proxy’s cache of search pages', () => {
  it('leaves a query’s first request to Next, renders and keeps the second, serves the third from memory', async () => {
    serveRenders()
    const q = newQuery()
    expect(await cachedSearchPage(searchFor(q), ORIGIN)).toBeNull()

    const second = await cachedSearchPage(searchFor(q), ORIGIN)
    expect(second?.status).toBe(200)
    expect(second?.headers.get('x-portal-search-cache')).toBe('MISS')
    expect(second?.headers.get('content-type')).toBe('text/html; charset=utf-8')
    const rendered = await second!.text()

    const third = await cachedSearchPage(searchFor(q), ORIGIN)
    expect(third?.headers.get('x-portal-search-cache')).toBe('HIT')
    expect(await third!.text()).toBe(rendered)
  })

  it('concurrent readers of the same query share one render', async () => {
    serveRenders()
    const q = newQuery()
    await cachedSearchPage(searchFor(q), ORIGIN)
    const before = renders
    const pages = await Promise.all(Array.from({ length: 10 }, () => cachedSearchPage(searchFor(q), ORIGIN)))
    expect(renders - before).toBe(1)
    expect(new Set(await Promise.all(pages.map((p) => p!.text()))).size).toBe(1)
  })

  it('renders the page again once the search index has changed', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    serveRenders()
    const q = newQuery()
    await cachedSearchPage(searchFor(q), ORIGIN)
    const first = await (await cachedSearchPage(searchFor(q), ORIGIN))!.text()
    vi.setSystemTime(Date.now() + 5_000)
    searchIndexChanged.mark()
    vi.setSystemTime(Date.now() + 5_000) // after the settling time

    const afterChange = await cachedSearchPage(searchFor(q), ORIGIN)
    expect(afterChange?.headers.get('x-portal-search-cache')).toBe('MISS')
    expect(await afterChange!.text()).not.toBe(first)
    expect((await cachedSearchPage(searchFor(q), ORIGIN))?.headers.get('x-portal-search-cache')).toBe('HIT')
  })

  it('never answers Next’s own RSC requests, other methods or overlong queries', async () => {
    serveRenders()
    const q = newQuery()
    const before = renders
    const cases = [
      () => searchFor(q, { rsc: '1' }),
      () => searchFor(q, { 'next-router-prefetch': '1' }),
      () => new NextRequest(`http://portal.test/szukaj?q=${encodeURIComponent(q)}&_rsc=abc`),
      () => new NextRequest(`http://portal.test/szukaj?q=${encodeURIComponent(q)}`, { method: 'HEAD' }),
      () => searchFor('a'.repeat(400)),
    ]
    for (const request of cases) {
      for (let i = 0; i < 3; i++) expect(await cachedSearchPage(request(), ORIGIN)).toBeNull()
    }
    expect(renders).toBe(before)
  })

  it('a page that did not render normally is neither kept nor served: Next answers the reader', async () => {
    serveRenders(503)
    const q = newQuery()
    await cachedSearchPage(searchFor(q), ORIGIN)
    expect(await cachedSearchPage(searchFor(q), ORIGIN)).toBeNull()
    expect(await cachedSearchPage(searchFor(q), ORIGIN)).toBeNull()
  })

  it('a reader cannot pass as the proxy’s own render request', () => {
    expect(isSearchPageRender(searchFor('x', { 'x-portal-search-render': 'zgaduje' }))).toBe(false)
    expect(isSearchPageRender(searchFor('x', { 'x-portal-search-render': '' }))).toBe(false)
  })
})
