/**
 * Whether the database answers, shared by the whole server process. The proxy (its own
 * bundle) asks before each request; the routes register how to check the database, and
 * failed requests are reported here. The proxy's answer is at most a second old, so the
 * first request after the database went away gets the 503 instead of a page that fails to
 * render; while it is down, it is checked again in the background, so the portal recovers
 * by itself.
 */
export type Probe = () => Promise<void>

type Health = {
  down: boolean
  probe?: Probe
  checking?: Promise<boolean>
  checkStarted: number
  lastCheck: number
}

const CHECK_EVERY_MS = 1000
// A request waits this long at most for a check (Payload starting, a database that hangs),
// then goes on as if the database answered. Payload's first start on a busy 2-core machine
// took over 5 s, and the request that gave up waiting then met the outage as a 500.
export const WAIT_FOR_CHECK_MS = 15_000

const shared = globalThis as typeof globalThis & { __portalDatabaseHealth?: Health }
const health: Health = (shared.__portalDatabaseHealth ??= { down: false, checkStarted: 0, lastCheck: 0 })

export function registerDatabaseProbe(probe: Probe): void {
  health.probe = probe
}

/**
 * Runs the probe the routes registered (one check at a time), or `beforeRoutes` when no
 * route has loaded yet, and records the answer; true when the database answered.
 */
export function checkDatabase(beforeRoutes?: Probe): Promise<boolean> {
  const probe = health.probe ?? beforeRoutes
  if (!probe) return Promise.resolve(!health.down)
  if (!health.checking) {
    health.checkStarted = Date.now()
    health.checking = probe()
      .then(() => true)
      .catch(() => false)
      .then((ok) => {
        health.down = !ok
        health.lastCheck = Date.now()
        health.checking = undefined
        return ok
      })
  }
  return health.checking
}

/**
 * For the proxy, on each request: is the database down? Known down: answers at once,
 * starting a background check when one is due. Otherwise, when the last check is a second
 * old or more, the request waits for a new one, which the requests arriving meanwhile
 * share: one probe a second while requests come, none while the portal is idle.
 */
export async function databaseIsDown(beforeRoutes: Probe, now = Date.now()): Promise<boolean> {
  if (now - health.lastCheck >= CHECK_EVERY_MS) void checkDatabase(beforeRoutes)
  if (health.down || !health.checking) return health.down
  const waitMs = health.checkStarted + WAIT_FOR_CHECK_MS - now
  if (waitMs <= 0) return false
  return !(await Promise.race([health.checking, answeredAfter(waitMs)]))
}

function answeredAfter(ms: number): Promise<true> {
  return new Promise((resolve) => setTimeout(resolve, ms, true))
}
