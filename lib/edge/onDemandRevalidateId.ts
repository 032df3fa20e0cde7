import { readFileSync } from 'node:fs'
import path from 'node:path'

function readId(): string | null {
  try {
    const manifest = JSON.parse(readFileSync(path.join(process.env.PORTAL_DIST_DIR || '.next', 'prerender-manifest.json'), 'utf8'))
    return typeof manifest?.preview?.previewModeId === 'string' ? manifest.preview.previewModeId : null
  } catch {
    return null // no build here
  }
}

let cached: string | null | undefined

/**
 * The build's on-demand revalidation id (`preview.previewModeId` in prerender-manifest.json):
 * a request carrying it in `x-prerender-revalidate` makes Next render the page afresh and
 * store it, whatever its cache holds (what Next's own `res.revalidate` sends). The edge's
 * refresh sends it so that the page it stores cannot be the copy from before the change,
 * even when the change's cache invalidation (written after the response) has not landed
 * yet. Null without a build (tests, `next dev`): the refresh then asks like a reader.
 */
export function onDemandRevalidateId(): string | null {
  if (cached === undefined) cached = readId()
  return cached
}
