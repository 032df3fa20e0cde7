import { revalidatePath } from 'next/cache'
import { after } from 'next/server'

import { refreshAtEdge } from '../edge/edgeRefresh'
import { env } from '../env'

/** Stands for every public page: site settings appear in the layout of all of them. */
export const EVERY_PAGE = '/*'

type Logger = { error: (message: string) => void }

/**
 * Marks cached pages stale inside a Next.js request (a route handler, a server action).
 * A route path with a dynamic segment, e.g. `/(frontend)/aktualnosci/strona/[n]`, refreshes
 * every page of that route. With the edge's refresh configured (EDGE_REFRESH_SECRET), the
 * edge's copies are refreshed too, once the response has gone: by then the write is
 * committed and Next's cache marked, so the edge stores the new page.
 */
export function revalidateNow(pathsToRefresh: string[], logger: Logger): void {
  for (const path of pathsToRefresh) {
    try {
      if (path === EVERY_PAGE) revalidatePath('/', 'layout')
      else if (path.includes('[')) revalidatePath(path, 'page')
      else revalidatePath(path)
    } catch (error) {
      logger.error(`Nie odświeżono strony ${path}: ${(error as Error).message.split('\n')[0]}`)
    }
  }
  const edge = env().edgeRefresh
  if (!edge) return
  try {
    after(() => refreshAtEdge(pathsToRefresh, edge, logger))
  } catch (error) {
    logger.error(`Nie zlecono odświeżenia brzegu (nginx): ${(error as Error).message.split('\n')[0]}`)
  }
}
