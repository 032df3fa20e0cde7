import config from '@payload-config'
import { getPayload } from 'payload'

import { registerDatabaseProbe } from './health/databaseHealth'

/** The Payload instance for server code (pages, routes); initialised once per process. */
export const payloadClient = () => getPayload({ config })

// How the outage check (lib/health) asks whether the database answers: through the routes' Payload.
registerDatabaseProbe(async () => {
  const payload = await payloadClient()
  await payload.count({ collection: 'pages', overrideAccess: true })
})
