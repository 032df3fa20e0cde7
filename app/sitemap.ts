import type { MetadataRoute } from 'next'

import { sitemapEntries } from '@/lib/queries/sitemapEntries'

// Read on request: `next build` reads no database, and new content is listed at once.
export const dynamic = 'force-dynamic'

export default function sitemap(): Promise<MetadataRoute.Sitemap> {
  return sitemapEntries()
}
