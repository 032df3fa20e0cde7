import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { refuseCostlyRest } from '@/lib/api/refuseCostlyRest'
import { rejectMalformedRest } from '@/lib/api/rejectMalformedRest'
import { env } from '@/lib/env'
import { outageInsteadOfError } from '@/lib/health/outageInsteadOfError'

type Handler = (request: Request, args: { params: Promise<{ slug: string[] }> }) => Promise<Response>

/**
 * Malformed ids and filters get a 404 or 400 here, before the database adapter can answer
 * 500, and so does a read that would load too much; a 500 while the database does not
 * answer becomes the 503.
 */
const guarded =
  (handler: Handler): Handler =>
  async (request, args) =>
    rejectMalformedRest(request, (await args.params).slug, await config, env().databaseKind) ??
    (await refuseCostlyRest(request)) ??
    outageInsteadOfError(request, await handler(request, args))

export const GET = guarded(REST_GET(config))
export const POST = guarded(REST_POST(config))
export const DELETE = guarded(REST_DELETE(config))
export const PATCH = guarded(REST_PATCH(config))
export const PUT = guarded(REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)
