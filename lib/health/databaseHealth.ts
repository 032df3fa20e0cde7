/**
 * Whether the database answers, shared by the whole server process. The proxy (its own
 * bundle) reads it before each request; the server side registers how to check the
 * database and reports failed requests. While the database is down, it is checked again
 * at most once a second, in the background, so that the portal recovers by itself.
 */
type Probe = () => Promise<void>

type Health = { down: boolean; probe?: Probe; checking?: Promise<boolean>; lastCheck: number }

const RECHECK_EVERY_MS = 1000

const shared = globalThis as typeof globalThis & { __portalDatabaseHealth?: Health }
const health: Health = (shared.__portalDatabaseHealth ??= { down: false, lastCheck: 0 })

export function registerDatabaseProbe(probe: Probe): void {
  health.probe = probe
}

export function markDatabaseDown(): void {
  health.down = true
}

/** Runs the probe (one at a time) and records the answer; true when the database answered. */
export function checkDatabase(): Promise<boolean> {
  const probe = health.probe
  if (!probe) return Promise.resolve(!health.down)
  health.checking ??= probe()
    .then(() => true)
    .catch(() => false)
    .then((ok) => {
      health.down = !ok
      health.lastCheck = Date.now()
      health.checking = undefined
      return ok
    })
  return health.checking
}

/** For each request: is the database known to be down? Starts a background re-check when one is due. */
export function databaseIsDown(now = Date.now()): boolean {
  if (health.down && !health.checking && now - health.lastCheck >= RECHECK_EVERY_MS) void checkDatabase()
  return health.down
}
