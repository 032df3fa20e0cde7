import { draftMode, headers } from 'next/headers'
import { cache } from 'react'

import { payloadClient } from './payload'

/**
 * The signed-in user looking at a draft, or null. Draft mode alone (a cookie that may be
 * left in a shared browser) never shows a draft: every preview render checks the
 * Payload session too (see Payload issue #7907).
 */
export const previewUser = cache(async () => {
  const { isEnabled } = await draftMode()
  if (!isEnabled) return null
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  return user ?? null
})
