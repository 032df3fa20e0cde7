import { LRUCache } from 'lru-cache'

import { payloadClient } from '../payload'
import { findInIndex, type SearchResults } from '../search/findInIndex'
import { searchIndexChanged } from '../search/searchIndexChanged'

/**
 * Search results for folded words and a page, kept in memory by exactly that (so "ZWIĄZEK"
 * and "zwiazek" share an entry) until the index changes. In memory, not in Next's data
 * cache: that one is written to disk for every distinct query and outlives a restore.
 */
const MAX_ENTRIES = 1000
const TTL_MS = 5 * 60_000

type Entry = { results: SearchResults; foundAt: number }

const entries = new LRUCache<string, Entry>({ max: MAX_ENTRIES, ttl: TTL_MS })

export async function searchPortal(tokens: string[], page: number): Promise<SearchResults> {
  const key = `${page} ${tokens.join(' ')}`
  const cached = entries.get(key)
  if (cached && !searchIndexChanged.changedSince(cached.foundAt)) return cached.results
  const foundAt = Date.now()
  const results = await findInIndex(await payloadClient(), tokens, page)
  entries.set(key, { results, foundAt })
  return results
}
