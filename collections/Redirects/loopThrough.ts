import type { PayloadRequest } from 'payload'

import { pathOnly } from '../../lib/redirects/redirectPath'

const MAX_HOPS = 50

/**
 * The loop that a redirect from → to would close, as the list of paths it passes
 * ([from, to, …, from]), or null when following `to` through the stored redirects ends
 * somewhere else. The redirect being edited (ownId) is left out of the stored ones.
 */
export async function loopThrough(
  req: PayloadRequest,
  from: string,
  to: string,
  ownId: number | string | undefined,
): Promise<string[] | null> {
  const passed = [from]
  let current = pathOnly(to)
  for (let hop = 0; hop < MAX_HOPS; hop++) {
    passed.push(current)
    if (current === from) return passed
    const next = await req.payload.find({
      collection: 'redirects',
      where: ownId === undefined ? { from: { equals: current } } : { from: { equals: current }, id: { not_equals: ownId } },
      limit: 1,
      depth: 0,
      req,
      overrideAccess: true,
    })
    const target = next.docs[0]?.to
    if (!target) return null
    current = pathOnly(target)
  }
  return passed
}
