/**
 * A marker, shared through the process's global object, that tells the proxy to reload
 * its redirect table. It is set in an afterChange hook, before the transaction commits,
 * so tables loaded during the next few seconds count as stale too.
 */
const KEY = Symbol.for('konstancin-portal.redirectsStaleUntil')
const SETTLING_MS = 2_000

type WithMarker = typeof globalThis & { [KEY]?: number }

export function markRedirectsChanged(): void {
  ;(globalThis as WithMarker)[KEY] = Date.now() + SETTLING_MS
}

/** True when a table loaded at `loadedAt` may miss a change. */
export function changedSince(loadedAt: number): boolean {
  return loadedAt <= ((globalThis as WithMarker)[KEY] ?? 0)
}
