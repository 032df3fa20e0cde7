import config from '@payload-config'
import { getPayload } from 'payload'

import { registerDatabaseProbe } from './health/databaseHealth'

/** The Payload instance for server code (pages, routes); initialised once per process. */
export const payloadClient = () => getPayload({ config })

/** Resolves when the database answers a query, through the routes' Payload. */
export async function probeDatabase(): Promise<void> {
  const payload = await payloadClient()
  await payload.count({ collection: 'pages', overrideAccess: true })
}

// How the outage check (lib/health) asks whether the database answers.
registerDatabaseProbe(probeDatabase)
