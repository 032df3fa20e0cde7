import type { Payload } from 'payload'

import { SEND_ALERTS_TASK } from './sendAlertsTask'

/** A batch takes seconds; one still `processing` after this was left by a process that died. */
export const STALLED_AFTER_MS = 30 * 60_000

/**
 * Payload leaves a job `processing` for ever when the process running it dies. A stalled
 * alert batch is let go here, so the next turn of the queue runs it again: its delivery
 * records make that run skip what was sent (and what was being sent at the crash).
 */
export async function releaseStalledAlertJobs(payload: Payload, now = new Date()): Promise<number> {
  const stalled = await payload.update({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: SEND_ALERTS_TASK } },
        { processing: { equals: true } },
        { updatedAt: { less_than: new Date(now.getTime() - STALLED_AFTER_MS).toISOString() } },
      ],
    },
    data: { processing: false },
    overrideAccess: true,
    depth: 0,
  })
  return stalled.docs.length
}
