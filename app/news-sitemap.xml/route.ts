import { NEWS_SITEMAP_WINDOW_MS, newsSitemapXml } from '@/lib/feeds/newsSitemap'
import { articlesPublishedSince } from '@/lib/queries/articles'

export const dynamic = 'force-dynamic'

/** Articles published in the last two days, in the Google News sitemap format. */
export async function GET() {
  const since = new Date(Date.now() - NEWS_SITEMAP_WINDOW_MS).toISOString()
  const articles = await articlesPublishedSince(since)
  return new Response(newsSitemapXml(articles), { headers: { 'content-type': 'application/xml; charset=utf-8' } })
}
