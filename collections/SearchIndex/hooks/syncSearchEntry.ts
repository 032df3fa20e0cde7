import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import type { SearchIndex } from '../../../payload-types'
import { foldForSearch } from '../../../lib/search/fold'
import { type SearchedCollection, searchSourceOf } from '../sources'

export type SyncOutcome = 'created' | 'updated' | 'deleted' | 'unchanged'

type EntryData = Pick<SearchIndex, 'source' | 'kind' | 'title' | 'path' | 'date' | 'text' | 'searchTitle' | 'searchText'>

const sourceKey = (collection: SearchedCollection, id: number | string) => `${collection}:${id}`

const sameDate = (a: string | null | undefined, b: string | null | undefined) =>
  (a ? new Date(a).getTime() : null) === (b ? new Date(b).getTime() : null)

function isSame(stored: SearchIndex, data: EntryData): boolean {
  return (
    stored.kind === data.kind &&
    stored.title === data.title &&
    (stored.path ?? null) === data.path &&
    sameDate(stored.date, data.date) &&
    (stored.text ?? '') === data.text &&
    stored.searchTitle === data.searchTitle &&
    stored.searchText === data.searchText
  )
}

/**
 * Brings the index entry of one document in line with its published version: written
 * when the document is public, removed when it is not (a draft never published, an
 * unpublished or deleted document). A draft saved over a published document leaves the
 * published text in the index. Writes nothing when the entry is already right.
 */
export async function syncSearchEntry(
  collection: SearchedCollection,
  id: number | string,
  req: PayloadRequest,
): Promise<SyncOutcome> {
  const key = sourceKey(collection, id)
  const [published, existing] = await Promise.all([
    req.payload
      .find({ collection, where: { id: { equals: id } }, draft: false, depth: 0, limit: 1, req, overrideAccess: true })
      .then(({ docs }) => docs[0] as unknown as Record<string, unknown> | undefined),
    req.payload
      .find({ collection: 'search-index', where: { source: { equals: key } }, depth: 0, limit: 1, req, overrideAccess: true })
      .then(({ docs }) => docs[0]),
  ])
  const isPublic = published && (published._status === undefined || published._status === 'published')

  if (!isPublic) {
    if (!existing) return 'unchanged'
    await req.payload.delete({ collection: 'search-index', id: existing.id, req, overrideAccess: true })
    return 'deleted'
  }

  const source = await searchSourceOf(collection, published, req)
  const data: EntryData = {
    source: key,
    kind: source.kind,
    title: source.title,
    path: source.path,
    date: source.date,
    text: source.text,
    searchTitle: foldForSearch(source.title),
    searchText: foldForSearch(`${source.title} ${source.text}`),
  }
  if (existing && isSame(existing, data)) return 'unchanged'
  if (existing) {
    await req.payload.update({ collection: 'search-index', id: existing.id, data, depth: 0, req, overrideAccess: true })
    return 'updated'
  }
  await req.payload.create({ collection: 'search-index', data, depth: 0, req, overrideAccess: true })
  return 'created'
}

/** afterChange/afterDelete hooks that keep a searched collection's entries current. */
export function searchIndexHooks(collection: SearchedCollection): {
  afterChange: CollectionAfterChangeHook
  afterDelete: CollectionAfterDeleteHook
} {
  return {
    afterChange: async ({ doc, req }) => {
      await syncSearchEntry(collection, doc.id, req)
      return doc
    },
    afterDelete: async ({ doc, req }) => {
      await syncSearchEntry(collection, doc.id, req)
      return doc
    },
  }
}
