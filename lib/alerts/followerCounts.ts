import type { Payload, Where } from 'payload'

import { ALERT_KIND_LABELS, ALERT_KINDS } from './topics'

export type FollowerCount = { label: string; count: number }

const confirmed: Where = { confirmedAt: { exists: true } }

/**
 * How many confirmed addresses follow each kind of item and each category: what editors
 * may know about subscribers (the addresses are for administrators only).
 */
export async function followerCounts(payload: Payload): Promise<FollowerCount[]> {
  const count = async (where: Where) =>
    (await payload.count({ collection: 'subscriptions', where: { and: [confirmed, where] }, overrideAccess: true })).totalDocs
  const categories = await payload.find({ collection: 'categories', sort: 'title', limit: 100, depth: 0, overrideAccess: true })
  return [
    ...(await Promise.all(ALERT_KINDS.map(async (kind) => ({ label: ALERT_KIND_LABELS[kind], count: await count({ [kind]: { equals: true } }) })))),
    ...(await Promise.all(
      categories.docs.map(async (c) => ({ label: `Kategoria: ${c.title}`, count: await count({ categories: { in: [c.id] } }) })),
    )),
  ]
}
