import { articlesRss, FEED_SIZE, rssResponse } from '@/lib/feeds/articlesFeed'
import { SITE_NAME } from '@/lib/metadata'
import { latestArticles } from '@/lib/queries/articles'
import { paths } from '@/lib/routes'

// Read on request: `next build` reads no database, and a new article shows at once.
export const dynamic = 'force-dynamic'

/** The 50 latest published articles. */
export async function GET() {
  const articles = await latestArticles(FEED_SIZE)
  return rssResponse(
    articlesRss({
      title: `Aktualności – ${SITE_NAME}`,
      description: 'Aktualności Gminy Konstancin-Jeziorna.',
      path: paths.articles(),
      feedPath: paths.feed(),
      articles,
    }),
  )
}
