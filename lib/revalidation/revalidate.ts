import type { PayloadRequest } from 'payload'

import { env } from '../env'
import { revalidateNow } from './revalidateNow'
import { REVALIDATE_TOKEN_HEADER, revalidateToken } from './token'

/**
 * Refreshes cached public pages after a write. In a REST or GraphQL request (the admin
 * panel uses REST) Next's revalidatePath works directly. A local-API write inside the
 * server (a scheduled-publishing job) has no request, so it asks the server's own
 * /api/revalidate. Scripts and tests run without a Next server and have no cache.
 * Seeds and tests turn it off with `context.disableRevalidate`.
 */
export async function revalidate(pathsToRefresh: string[], req: PayloadRequest): Promise<void> {
  if (pathsToRefresh.length === 0 || req.context.disableRevalidate) return
  if (req.payloadAPI !== 'local') {
    revalidateNow(pathsToRefresh, req.payload.logger)
    return
  }
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  try {
    const response = await fetch(`${env().internalUrl}/api/revalidate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [REVALIDATE_TOKEN_HEADER]: revalidateToken() },
      body: JSON.stringify({ paths: pathsToRefresh }),
      signal: AbortSignal.timeout(10_000),
    })
    if (!response.ok) throw new Error(`odpowiedź ${response.status}`)
  } catch (error) {
    req.payload.logger.error(`Nie odświeżono stron po zmianie: ${(error as Error).message}`)
  }
}
