import { HEALTH_ROUTE } from '@/lib/health/healthRoute'
import { outageResponse } from '@/lib/health/outageResponse'
import { probeDatabase } from '@/lib/payload'

/**
 * Whether the database answers: 200, or the Polish 503. The proxy asks here until a route
 * has loaded (lib/health/healthRoute.ts); a load balancer may ask too.
 */
export async function GET(): Promise<Response> {
  try {
    await probeDatabase()
  } catch {
    return outageResponse(HEALTH_ROUTE)
  }
  return Response.json({ baza: 'odpowiada' }, { headers: { 'cache-control': 'no-store' } })
}
