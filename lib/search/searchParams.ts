import { z } from 'zod'

import { searchTokens } from './fold'
import { searchStem } from './stem'

export const MAX_QUERY_LENGTH = 200
const MAX_TOKENS = 8
const MAX_PAGE = 500

/** The first value of a query-string parameter that may be absent or repeated (?q=a&q=b). */
const firstValue = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (Array.isArray(v) ? v[0] : v) ?? '')

const pageSchema = firstValue.transform((raw) => {
  const n = /^[1-9][0-9]{0,3}$/.test(raw) ? Number(raw) : 1
  return Math.min(n, MAX_PAGE)
})

export type SearchRequest = {
  /** What the reader typed, trimmed and cut to MAX_QUERY_LENGTH characters, for display. */
  query: string
  /** True when the query was longer than MAX_QUERY_LENGTH and was cut. */
  truncated: boolean
  /** Folded word stems to look for, in order, without repeats; empty when there is nothing to search. */
  tokens: string[]
  page: number
}

/**
 * Reads /szukaj's query string. Anything else in it (where[...], depth, …) is ignored;
 * a bad page number means page 1. Never throws.
 */
export function parseSearchParams(params: Record<string, string | string[] | undefined>): SearchRequest {
  const rawQuery = firstValue.safeParse(params.q)
  const raw = rawQuery.success ? rawQuery.data.replace(/\s+/g, ' ').trim() : ''
  const truncated = raw.length > MAX_QUERY_LENGTH
  const query = truncated ? Array.from(raw).slice(0, MAX_QUERY_LENGTH).join('') : raw
  const tokens = [...new Set(searchTokens(query).map(searchStem))].slice(0, MAX_TOKENS)
  const page = pageSchema.safeParse(params.strona)
  return { query, truncated, tokens, page: page.success ? page.data : 1 }
}
