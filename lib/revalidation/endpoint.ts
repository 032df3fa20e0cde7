import type { Endpoint } from 'payload'
import { z } from 'zod'

import { revalidateNow } from './revalidateNow'
import { isRevalidateToken, REVALIDATE_TOKEN_HEADER } from './token'

const bodySchema = z.object({
  paths: z.array(z.string().startsWith('/').max(300)).min(1).max(500),
})

/**
 * POST /api/revalidate: refreshes cached pages for code that runs outside a request,
 * such as the scheduled-publishing job (revalidatePath needs a request: Payload #16392).
 */
export const revalidateEndpoint: Endpoint = {
  path: '/revalidate',
  method: 'post',
  handler: async (req) => {
    if (!isRevalidateToken(req.headers.get(REVALIDATE_TOKEN_HEADER))) {
      return Response.json({ error: 'Brak uprawnień do odświeżania stron.' }, { status: 401 })
    }
    const body = bodySchema.safeParse(await req.json?.().catch(() => null))
    if (!body.success) {
      return Response.json({ error: 'Niepoprawna lista adresów do odświeżenia.' }, { status: 400 })
    }
    revalidateNow(body.data.paths, req.payload.logger)
    return Response.json({ revalidated: body.data.paths.length })
  },
}
