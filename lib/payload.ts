import config from '@payload-config'
import { getPayload } from 'payload'

/** The Payload instance for server code (pages, routes); initialised once per process. */
export const payloadClient = () => getPayload({ config })
