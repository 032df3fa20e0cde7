import { unstable_cache } from 'next/cache'

import { payloadClient } from '../payload'
import { SEARCH_CACHE_TAG } from '../search/cacheTag'
import { findInIndex, type SearchResults } from '../search/findInIndex'

/**
 * Search results for folded words and a page, cached by exactly that (so "ZWIĄZEK" and
 * "zwiazek" share an entry) until the index changes; then the tag drops them.
 */
export function searchPortal(tokens: string[], page: number): Promise<SearchResults> {
  return unstable_cache(
    async () => findInIndex(await payloadClient(), tokens, page),
    ['search', tokens.join(' '), String(page)],
    { tags: [SEARCH_CACHE_TAG] },
  )()
}
