import { sameSiteTarget } from './sameSiteTarget'

/**
 * Rules for the paths of the redirects collection, shared by the admin validation and the
 * proxy that answers the redirects. A redirect stays on this site: it starts with one '/',
 * never '//' or '/\' (browsers read both as another host), and so does the path it
 * resolves to (lib/redirects/sameSiteTarget.ts).
 */
export const PROXY_SKIPPED_PREFIXES = ['/admin', '/api', '/_next'] as const

export function pathProblem(value: unknown): string | null {
  if (typeof value !== 'string' || value === '') return 'Podaj adres zaczynający się od „/”, np. /news/stary-artykul.'
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) {
    return 'Adres musi zaczynać się od jednego ukośnika „/” i prowadzić do tego portalu (bez https:// i nazwy innej domeny).'
  }
  if (/[\s\\]/.test(value)) return 'Adres nie może zawierać spacji ani ukośników wstecznych „\\”.'
  if (sameSiteTarget(value) === null)
    return 'Ten adres po rozwinięciu „..” i „.” prowadzi poza portal (np. „/..//inna-domena”); podaj zwykłą ścieżkę w tym portalu.'
  return null
}

/** The old path: also no query string and none of the portal's own machinery. */
export function fromPathProblem(value: unknown): string | null {
  const problem = pathProblem(value)
  if (problem) return problem
  const path = value as string
  if (/[?#]/.test(path)) return 'Stary adres podaj bez znaków „?” i „#” (parametry zapytania są przenoszone same).'
  if (PROXY_SKIPPED_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`))) {
    return 'Adresów panelu (/admin), API (/api) i plików Next.js (/_next) nie można przekierować.'
  }
  if (path === '/') return 'Strony głównej nie można przekierować.'
  return null
}

/** "/news/Stary/" → "/news/Stary": Next.js drops a trailing slash before a redirect is looked up. */
export function normalisePath(path: string): string {
  const trimmed = path.trim()
  return trimmed.length > 1 ? trimmed.replace(/\/+$/, '') : trimmed
}

/** Follows each redirect to its last target (A→B→C gives A→C); redirects caught in a loop are left out. */
export function collapseChains(pairs: Iterable<readonly [string, string]>): Map<string, string> {
  const direct = new Map(pairs)
  const collapsed = new Map<string, string>()
  for (const [from, first] of direct) {
    const target = lastTarget(direct, from, first)
    if (target !== null) collapsed.set(from, target)
  }
  return collapsed
}

function lastTarget(direct: Map<string, string>, from: string, first: string): string | null {
  const visited = new Set([from])
  let target = first
  for (;;) {
    const path = pathOnly(target)
    if (visited.has(path)) return null
    const next = direct.get(path)
    if (next === undefined) return target
    visited.add(path)
    target = next
  }
}

/** The path of a target that may carry its own query string or fragment. */
export function pathOnly(target: string): string {
  return target.split(/[?#]/)[0]
}
