import { revalidatePath } from 'next/cache'

/** Stands for every public page: site settings appear in the layout of all of them. */
export const EVERY_PAGE = '/*'

type Logger = { error: (message: string) => void }

/**
 * Marks cached pages stale inside a Next.js request (a route handler, a server action).
 * A route path with a dynamic segment, e.g. `/(frontend)/aktualnosci/strona/[n]`, refreshes
 * every page of that route.
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
}
