import { announceChange, hearChanges } from './redis/changeChannel'

/**
 * A marker, shared through the process's global object, that tells a cache kept in
 * another bundle (the proxy's) that its content changed. It is set in an afterChange
 * hook, before the transaction commits, so what is loaded during the next few seconds
 * counts as stale too. With REDIS_URL the mark reaches every instance at once
 * (lib/redis/changeChannel.ts).
 */
const SETTLING_MS = 2_000

type WithMarkers = typeof globalThis & { [key: symbol]: number | undefined }

export type ChangeMarker = {
  mark: () => void
  /** True when something loaded at `loadedAt` may miss a change. */
  changedSince: (loadedAt: number) => boolean
}

export function changeMarker(name: string): ChangeMarker {
  const key = Symbol.for(`konstancin-portal.${name}.staleUntil`)
  const shared = globalThis as WithMarkers
  const markHere = () => {
    shared[key] = Date.now() + SETTLING_MS
  }
  hearChanges(name, markHere)
  return {
    mark: () => {
      markHere()
      announceChange(name)
    },
    changedSince: (loadedAt) => loadedAt <= (shared[key] ?? 0),
  }
}
