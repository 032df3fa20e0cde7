import type { Probe } from './databaseHealth'

/** The route that checks the database (app/(payload)/api/stan-bazy); proxy.ts's matcher leaves it out. */
export const HEALTH_ROUTE = '/api/stan-bazy'

/**
 * The proxy's probe until a route has loaded (just after the start): asks the health
 * route, which loads the routes' code, and with it the probe they register. Only its
 * 503 counts as the database down; a request that fails otherwise tells nothing.
 */
export function healthRouteProbe(origin: string): Probe {
  return async () => {
    const response = await fetch(`${origin}${HEALTH_ROUTE}`, { cache: 'no-store' }).catch(() => null)
    if (response?.status === 503) throw new Error('Baza danych nie odpowiada')
  }
}
