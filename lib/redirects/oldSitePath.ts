import { paths } from '../routes'

/**
 * The old Drupal site's addresses that follow a rule rather than a stored redirect:
 * `/index.php/<path>` is Drupal's `/<path>`, and its news list `/news` counted its pages
 * from 0 in `?page=N` (`?page=1` is the second page).
 */
export function withoutIndexPhp(path: string): string {
  return path.replace(/^\/index\.php(?=\/|$)/, '') || '/'
}

/** The news list page for the old `/news?page=N`; takes `page` out of the query it is given. */
export function oldNewsListTarget(path: string, query: URLSearchParams): string | null {
  if (path !== '/news') return null
  const page = query.get('page')
  query.delete('page')
  const zeroBased = page !== null && /^\d{1,9}$/.test(page) ? Number(page) : 0
  return paths.articlesPage(zeroBased + 1)
}
