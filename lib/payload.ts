import config from '@payload-config'
import { getPayload } from 'payload'

import { registerDatabaseProbe } from './health/databaseHealth'

/**
 * The Payload instance for server code (pages, routes); initialised once per process.
 * `cron` starts the job queue's clock (scheduled publishing, payload.config.ts) with the
 * first page or health check: Payload's own routes start it only when the admin is
 * rendered, so an instance nobody opened the admin on never published on schedule.
 */
export const payloadClient = () => getPayload({ config, cron: process.env.NEXT_RUNTIME === 'nodejs' })

/** Resolves when the database answers a query, through the routes' Payload. */
export async function probeDatabase(): Promise<void> {
  const payload = await payloadClient()
  await payload.count({ collection: 'pages', overrideAccess: true })
}

// How the outage check (lib/health) asks whether the database answers.
registerDatabaseProbe(probeDatabase)
