import { articlesRss, FEED_SIZE, rssResponse } from '@/lib/feeds/articlesFeed'
import { SITE_NAME } from '@/lib/metadata'
import { parseSlug } from '@/lib/pageNumber'
import { latestArticles } from '@/lib/queries/articles'
import { getCategory } from '@/lib/queries/categories'
import { paths } from '@/lib/routes'

export const dynamic = 'force-dynamic'

type Context = { params: Promise<{ slug: string }> }

/** The 50 latest published articles of one category. */
export async function GET(_request: Request, { params }: Context) {
  const slug = parseSlug((await params).slug)
  const category = slug ? await getCategory(slug) : null
  if (!category) {
    return new Response('Nie ma takiej kategorii aktualności.', {
      status: 404,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    })
  }
  const articles = await latestArticles(FEED_SIZE, category.id)
  return rssResponse(
    articlesRss({
      title: `${category.title} – aktualności – ${SITE_NAME}`,
      description: category.description || `Aktualności z kategorii „${category.title}”.`,
      path: paths.category(category.slug),
      feedPath: paths.categoryFeed(category.slug),
      articles,
    }),
  )
}
