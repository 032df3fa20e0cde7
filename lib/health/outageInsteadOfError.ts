import { checkDatabase } from './databaseHealth'
import { outageResponse } from './outageResponse'

/**
 * A server error while the database does not answer becomes the Polish 503, so that the
 * request that meets a fresh outage is answered like those after it. Payload's REST
 * handler answers a failed query (or a Payload that could not start) with a 500 of its own.
 */
export async function outageInsteadOfError(request: Request, response: Response): Promise<Response> {
  if (response.status < 500 || (await checkDatabase())) return response
  return outageResponse(new URL(request.url).pathname)
}
