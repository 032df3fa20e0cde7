import { Feed } from 'feed'

import type { Article, Category } from '@/payload-types'

import { absoluteUrl } from '../absoluteUrl'
import { articlePublishedAt } from '../articleTimes'
import { SITE_NAME } from '../metadata'
import { isPopulated } from '../populated'
import { paths } from '../routes'

export const FEED_SIZE = 50

type FeedInput = { title: string; description: string; path: string; feedPath: string; articles: Article[] }

/** An RSS 2.0 document (built by the `feed` library): absolute links, pubDate, the lead as description. */
export function articlesRss({ title, description, path, feedPath, articles }: FeedInput): string {
  const feed = new Feed({
    title,
    description,
    id: absoluteUrl(path),
    link: absoluteUrl(path),
    language: 'pl',
    copyright: `Gmina ${SITE_NAME}`,
    updated: articles[0] ? new Date(articlePublishedAt(articles[0])) : undefined,
    generator: false,
    feedLinks: { rss: absoluteUrl(feedPath) },
    image: absoluteUrl(paths.logo()),
  })
  for (const article of articles) {
    const url = absoluteUrl(paths.article(article.slug))
    feed.addItem({
      title: article.title,
      id: url,
      link: url,
      description: article.lead,
      date: new Date(articlePublishedAt(article)),
      category: (article.categories ?? []).filter(isPopulated<Category>).map((c) => ({ name: c.title })),
      author: article.author ? [{ name: article.author }] : undefined,
    })
  }
  return feed.rss2()
}

export function rssResponse(xml: string): Response {
  return new Response(xml, { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } })
}
