import { unstable_cache } from 'next/cache'
import { cache } from 'react'

import type { SiteSetting } from '@/payload-types'

import { payloadClient } from '../payload'

export const DEFAULT_SITE_SETTINGS: Pick<SiteSetting, 'siteName' | 'municipality' | 'tagline'> &
  Partial<SiteSetting> = {
  siteName: 'Konstancin-Jeziorna',
  municipality: 'Gmina Konstancin-Jeziorna',
  tagline: 'Aktualności i decyzje samorządu',
}

/**
 * The site-settings global. `next build` prerenders the fallback 404 page without a
 * database (the build must not need one), so during the build the defaults are used;
 * so does a request made while the database fails, so that the layout (and its Polish
 * error page) still renders.
 */
export const getSiteSettings = cache(async () => {
  if (process.env.NEXT_PHASE === 'phase-production-build') return DEFAULT_SITE_SETTINGS
  try {
    return await cachedSiteSettings()
  } catch {
    return DEFAULT_SITE_SETTINGS
  }
})

/**
 * Every page's layout reads the settings; pages rendered per request (search) would
 * otherwise query the database each time. The revalidatePath('/', 'layout') of every
 * save also drops this entry (unstable_cache honours the page's implicit tags).
 */
const cachedSiteSettings = unstable_cache(
  async () => {
    const payload = await payloadClient()
    return payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: false })
  },
  ['site-settings'],
  { tags: ['site-settings'] },
)
