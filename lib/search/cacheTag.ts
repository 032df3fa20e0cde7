/** The cache tag of search results; dropped whenever the search index changes. */
export const SEARCH_CACHE_TAG = 'search-index'
