import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, CollectionSlug, PayloadRequest } from 'payload'

type PathOf = (slug: string) => string
type Slugged = { id: number | string; slug?: string | null; _status?: 'draft' | 'published' | null }

const contextKey = (collection: string, id: number | string) => `publishedSlugBefore:${collection}:${id}`

/** Documents without drafts are public from their first save. */
const isPublished = (doc: Slugged | undefined, hasDrafts: boolean) =>
  Boolean(doc) && (!hasDrafts || doc?._status === 'published')

/**
 * Keeps every earlier public address of a document working. Before a publishing save,
 * remembers the slug the public saw (the main record: drafts live only in versions);
 * after it, writes a redirect from the old path to the new one and points older
 * redirects at the new path too, so there are no chains. A document that now lives at
 * a path that used to redirect takes that path back.
 */
export function slugHistoryHooks(pathOf: PathOf): {
  beforeChange: CollectionBeforeChangeHook
  afterChange: CollectionAfterChangeHook
} {
  const beforeChange: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req, collection }) => {
    const hasDrafts = Boolean(collection.versions?.drafts)
    if (operation !== 'update' || !originalDoc?.id) return data
    if (hasDrafts && data._status !== 'published') return data
    const published = (await req.payload.findByID({
      collection: collection.slug as CollectionSlug,
      id: originalDoc.id,
      draft: false,
      depth: 0,
      req,
      overrideAccess: true,
      disableErrors: true,
    })) as Slugged | null
    if (published?.slug && isPublished(published, hasDrafts)) {
      req.context[contextKey(collection.slug, originalDoc.id)] = published.slug
    }
    return data
  }

  const afterChange: CollectionAfterChangeHook = async ({ doc, req, collection }) => {
    const hasDrafts = Boolean(collection.versions?.drafts)
    if (!isPublished(doc, hasDrafts) || !doc.slug) return doc
    const key = contextKey(collection.slug, doc.id)
    const before = req.context[key]
    delete req.context[key]
    await moveRedirects(req, typeof before === 'string' ? pathOf(before) : null, pathOf(doc.slug))
    return doc
  }

  return { beforeChange, afterChange }
}

async function moveRedirects(req: PayloadRequest, from: string | null, to: string): Promise<void> {
  const common = { collection: 'redirects', req, overrideAccess: true, depth: 0 } as const
  // The document lives at `to` now; a redirect from there would hide it.
  await req.payload.delete({ ...common, where: { from: { equals: to } } })
  if (!from || from === to) return
  await req.payload.update({ ...common, where: { to: { equals: from } }, data: { to } })
  const existing = await req.payload.find({ ...common, where: { from: { equals: from } }, limit: 1 })
  if (existing.docs[0]) await req.payload.update({ ...common, id: existing.docs[0].id, data: { to } })
  else await req.payload.create({ ...common, data: { from, to } })
}
