/**
 * Exact refresh of the edge's micro-cache after a change (deploy/nginx/): for every page a
 * change touched, one GET through nginx with a secret header that nginx answers by skipping
 * its cache lookup and storing the fresh page in place of the old entry. Readers then see
 * the change as soon as the app has it, not after the micro-cache's second or two.
 */
import http from 'node:http'
import https from 'node:https'

import { onDemandRevalidateId } from './onDemandRevalidateId'
import { EDGE_REFRESH_HEADER, type EdgeRefreshSettings } from './refreshSettings'

type Logger = { error: (message: string) => void }

/** Next's header for an on-demand render (PRERENDER_REVALIDATE_HEADER); nginx passes it on for a refresh only. */
const ON_DEMAND_REVALIDATE_HEADER = 'x-prerender-revalidate'
const PARALLEL_REQUESTS = 4
const TIMEOUT_MS = 10_000
/**
 * Each page is refreshed twice, the second time a second later. In about one full run of
 * the stack tests in three, the first refresh stored a page rendered without the change
 * although it was requested after the save had been answered (the instance that rendered
 * it had not yet seen the committed write; the cause is not pinned down). The second pass
 * bounds such a miss to a second, as a MongoDB replica read that lags would need anyway.
 */
const SECOND_PASS_AFTER_MS = 1000

/**
 * The addresses among the paths a change touched that the edge can refresh: concrete paths.
 * Route patterns (`/aktualnosci/strona/[n]`) and "every page" (`/*`) stand for pages nobody
 * can list; their entries expire with the micro-cache.
 */
export function refreshablePaths(paths: string[]): string[] {
  return [...new Set(paths.filter((path) => path.startsWith('/') && !path.includes('[') && !path.includes('*')))]
}

/** One GET through the edge; resolves with the status once the whole page has been read (nginx stores it then). */
function refreshOne(path: string, settings: EdgeRefreshSettings): Promise<number> {
  const target = new URL(path, settings.edgeUrl)
  const renderAfresh = onDemandRevalidateId()
  const client = target.protocol === 'https:' ? https : http
  return new Promise((resolve, reject) => {
    const request = client.request(
      target,
      {
        method: 'GET',
        headers: {
          host: settings.publicHost,
          [EDGE_REFRESH_HEADER]: settings.secret,
          'accept-encoding': 'identity',
          'user-agent': 'portal-edge-refresh',
          ...(renderAfresh ? { [ON_DEMAND_REVALIDATE_HEADER]: renderAfresh } : {}),
        },
        servername: settings.publicHost.replace(/:\d+$/, ''),
        timeout: TIMEOUT_MS,
      },
      (response) => {
        response.resume()
        response.once('end', () => resolve(response.statusCode ?? 0))
        response.once('error', reject)
      },
    )
    request.once('timeout', () => request.destroy(new Error(`brak odpowiedzi po ${TIMEOUT_MS / 1000} s`)))
    request.once('error', reject)
    request.end()
  })
}

/** Refreshes the edge's copies of the pages, twice; a failure is logged, never thrown (the entry then expires by itself). */
export async function refreshAtEdge(
  paths: string[],
  settings: EdgeRefreshSettings,
  logger: Logger,
  secondPassAfterMs = SECOND_PASS_AFTER_MS,
): Promise<void> {
  const pages = refreshablePaths(paths)
  await refreshPass([...pages], settings, logger)
  await new Promise((resolve) => setTimeout(resolve, secondPassAfterMs))
  await refreshPass([...pages], settings, logger)
}

/** Takes the pages off `queue` (a copy of its own) with a few requests in parallel. */
async function refreshPass(queue: string[], settings: EdgeRefreshSettings, logger: Logger): Promise<void> {
  const worker = async () => {
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      try {
        const status = await refreshOne(path, settings)
        if (status >= 500) logger.error(`Brzeg (nginx) nie odświeżył strony ${path}: odpowiedź ${status}`)
      } catch (error) {
        logger.error(`Brzeg (nginx) nie odświeżył strony ${path}: ${(error as Error).message}`)
      }
    }
  }
  await Promise.all(Array.from({ length: PARALLEL_REQUESTS }, worker))
}
