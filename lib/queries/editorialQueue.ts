import type { Payload, TypedUser } from 'payload'

export const QUEUE_COLLECTIONS = ['articles', 'pages', 'votes'] as const
type QueueCollection = (typeof QUEUE_COLLECTIONS)[number]

export type QueueItem = { collection: QueueCollection; id: number | string; title: string | null; when: string }

/**
 * Drafts the user may read whose latest version is unpublished (new documents and
 * changes to published ones), most recently edited first. `draft: true` reads the
 * latest versions: an autosaved new document has its title only there.
 */
export async function draftsAwaitingPublication(payload: Payload, user: TypedUser): Promise<QueueItem[]> {
  const lists = await Promise.all(
    QUEUE_COLLECTIONS.map(async (collection) => {
      const { docs } = await payload.find({
        collection,
        where: { _status: { equals: 'draft' } },
        draft: true,
        sort: '-updatedAt',
        limit: 20,
        depth: 0,
        overrideAccess: false,
        user,
      })
      return docs.map((doc) => ({ collection, id: doc.id, title: doc.title, when: doc.updatedAt }))
    }),
  )
  return lists.flat().sort((a, b) => b.when.localeCompare(a.when))
}

type ScheduleInput = { type?: 'publish' | 'unpublish'; doc?: { relationTo: string; value: number | string } }

/** Publications and withdrawals waiting in the jobs queue, soonest first, of documents the user may read. */
export async function scheduledPublications(payload: Payload, user: TypedUser) {
  const { docs: jobs } = await payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: 'schedulePublish' } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
      ],
    },
    sort: 'waitUntil',
    limit: 50,
    depth: 0,
    overrideAccess: true,
  })
  const items = await Promise.all(
    jobs.map(async (job) => {
      const input = job.input as ScheduleInput
      const collection = input.doc?.relationTo as QueueCollection | undefined
      if (!collection || !QUEUE_COLLECTIONS.includes(collection) || !job.waitUntil) return null
      const doc = await payload
        .findByID({ collection, id: input.doc!.value, depth: 0, draft: true, overrideAccess: false, user })
        .catch(() => null)
      if (!doc) return null
      return { collection, id: doc.id, title: doc.title, when: job.waitUntil, type: input.type ?? 'publish' }
    }),
  )
  return items.filter((item) => item !== null)
}
