import type { Payload } from 'payload'

import type { SearchKind } from './kinds'
import { rankEntries } from './rank'
import { buildSnippet, type SnippetPart } from './snippet'

export const RESULTS_PER_PAGE = 10
/** Matches ranked per query; a query matching more ranks the newest this many. */
const MAX_RANKED = 300

export type SearchHit = {
  id: number | string
  kind: SearchKind
  title: string
  path: string | null
  date: string | null
  snippet: SnippetPart[]
}

export type SearchResults = { hits: SearchHit[]; total: number; page: number; totalPages: number }

/**
 * Entries whose folded text holds every word, ranked (title matches first), one page of
 * them with snippets. Plain `contains` conditions on folded [a-z0-9] words: the same
 * query, and the same answer, on SQLite and MongoDB.
 */
export async function findInIndex(payload: Payload, tokens: string[], page: number): Promise<SearchResults> {
  if (tokens.length === 0) return { hits: [], total: 0, page: 1, totalPages: 0 }
  const matches = await payload.find({
    collection: 'search-index',
    where: { and: tokens.map((token) => ({ searchText: { contains: token } })) },
    select: { searchTitle: true, date: true },
    sort: '-date',
    limit: MAX_RANKED,
    depth: 0,
    overrideAccess: false,
  })
  const ranked = rankEntries(matches.docs, tokens)
  const total = matches.totalDocs
  const totalPages = Math.ceil(Math.min(total, MAX_RANKED) / RESULTS_PER_PAGE)
  const pageIds = ranked.slice((page - 1) * RESULTS_PER_PAGE, page * RESULTS_PER_PAGE).map((e) => e.id)
  if (pageIds.length === 0) return { hits: [], total, page, totalPages }

  const details = await payload.find({
    collection: 'search-index',
    where: { id: { in: pageIds } },
    select: { kind: true, title: true, path: true, date: true, text: true },
    limit: pageIds.length,
    pagination: false,
    depth: 0,
    overrideAccess: false,
  })
  const byId = new Map(details.docs.map((d) => [d.id, d]))
  const hits = pageIds.flatMap((id) => {
    const d = byId.get(id)
    if (!d) return []
    const text = d.text ?? ''
    return [
      {
        id,
        kind: d.kind,
        title: d.title,
        path: d.path ?? null,
        date: d.date ?? null,
        snippet: text ? buildSnippet(text, tokens) : [],
      },
    ]
  })
  return { hits, total, page, totalPages }
}
