import type { Article } from '@/payload-types'

import { absoluteUrl } from '../absoluteUrl'
import { articlePublishedAt } from '../articleTimes'
import { SITE_NAME } from '../metadata'
import { paths } from '../routes'
import { XML_DECLARATION, xmlBuilder } from './xmlBuilder'
import { xmlText } from './xmlText'

/** Google News lists articles of the last two days only. */
export const NEWS_SITEMAP_WINDOW_MS = 2 * 24 * 60 * 60 * 1000

/** A Google News sitemap (https://www.google.com/schemas/sitemap-news/0.9). */
export function newsSitemapXml(articles: Pick<Article, 'slug' | 'title' | 'publishedAt' | 'createdAt'>[]): string {
  const body = xmlBuilder.build({
    urlset: {
      '@_xmlns': 'http://www.sitemaps.org/schemas/sitemap/0.9',
      '@_xmlns:news': 'http://www.google.com/schemas/sitemap-news/0.9',
      url: articles.map((article) => ({
        loc: absoluteUrl(paths.article(article.slug)),
        'news:news': {
          'news:publication': { 'news:name': SITE_NAME, 'news:language': 'pl' },
          'news:publication_date': articlePublishedAt(article),
          'news:title': xmlText(article.title),
        },
      })),
    },
  })
  return `${XML_DECLARATION}${body}`
}
