import { createHmac, timingSafeEqual } from 'node:crypto'

import { env } from '../env'

export const REVALIDATE_TOKEN_HEADER = 'x-revalidate-token'

/** A token derived from PAYLOAD_SECRET: the server's own jobs prove with it that they may refresh pages. */
export function revalidateToken(): string {
  return createHmac('sha256', env().payloadSecret).update('revalidate-public-pages').digest('hex')
}

export function isRevalidateToken(value: string | null): boolean {
  const expected = Buffer.from(revalidateToken())
  const given = Buffer.from(value ?? '')
  return given.length === expected.length && timingSafeEqual(given, expected)
}
