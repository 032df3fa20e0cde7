import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { refuseCostlyQuery } from '@/lib/graphql/refuseCostlyQuery'

const graphql = GRAPHQL_POST(config)

// A query too costly to run is refused with a 400 before Payload executes anything.
export const POST = async (request: Request) => (await refuseCostlyQuery(request, await config)) ?? graphql(request)
export const OPTIONS = REST_OPTIONS(config)
