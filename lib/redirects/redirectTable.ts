import { z } from 'zod'

import { collapseChains } from './redirectPath'
import { redirectsChanged } from './redirectsChanged'

/**
 * The redirects, held in memory by the proxy so that a request costs one map lookup.
 * Loaded from the portal's own REST API (the proxy runs apart from Payload); reloaded
 * when a redirect changes, in this process or (with REDIS_URL) in any other instance, and
 * every 30 s in any case (without Redis, the only way another instance's change arrives).
 */
const REFRESH_AFTER_MS = 30_000
const RETRY_AFTER_MS = 5_000

const redirectsResponse = z.object({
  docs: z.array(z.object({ from: z.string(), to: z.string() })),
  hasNextPage: z.boolean(),
})

// The API serves at most 100 documents a request (lib/api/restLimits.ts): read page by page.
const PAGE_SIZE = 100

async function allRedirects(origin: string): Promise<{ from: string; to: string }[]> {
  const redirects: { from: string; to: string }[] = []
  for (let page = 1; ; page += 1) {
    const response = await fetch(
      `${origin}/api/redirects?limit=${PAGE_SIZE}&page=${page}&sort=id&depth=0&select[from]=true&select[to]=true`,
      { cache: 'no-store', headers: { accept: 'application/json' } },
    )
    if (!response.ok) throw new Error(`HTTP ${response.status}`)
    const { docs, hasNextPage } = redirectsResponse.parse(await response.json())
    redirects.push(...docs)
    if (!hasNextPage) return redirects
  }
}

type Table = { targets: Map<string, string>; loadedAt: number; expiresAt: number }

let table: Table | null = null
let loading: Promise<Table> | null = null

/** Where a path (decoded, without query string) now lives, or null. */
export async function redirectTarget(path: string, origin: string): Promise<string | null> {
  return (await currentTable(origin)).targets.get(path) ?? null
}

/**
 * A change made in this process is waited for, so that an editor's new redirect works on
 * the next request; a table that is merely old is used once more while it reloads.
 */
async function currentTable(origin: string): Promise<Table> {
  if (!table || redirectsChanged.changedSince(table.loadedAt)) return reload(origin)
  if (Date.now() >= table.expiresAt) void reload(origin)
  return table
}

function reload(origin: string): Promise<Table> {
  loading ??= load(origin).finally(() => {
    loading = null
  })
  return loading
}

async function load(origin: string): Promise<Table> {
  const loadedAt = Date.now()
  try {
    table = {
      targets: collapseChains((await allRedirects(origin)).map((d) => [d.from, d.to] as const)),
      loadedAt,
      expiresAt: loadedAt + REFRESH_AFTER_MS,
    }
  } catch (error) {
    console.error(`Nie wczytano przekierowań (${(error as Error).message}); ponowna próba za ${RETRY_AFTER_MS / 1000} s`)
    table = { targets: table?.targets ?? new Map(), loadedAt, expiresAt: loadedAt + RETRY_AFTER_MS }
  }
  return table
}
