import type { Article, Category } from '@/payload-types'

import { absoluteUrl } from '../absoluteUrl'
import { articlePublishedAt } from '../articleTimes'
import { SITE_NAME } from '../metadata'
import { isPopulated } from '../populated'
import { paths } from '../routes'
import { XML_DECLARATION, xmlBuilder } from './xmlBuilder'
import { xmlText } from './xmlText'

export const FEED_SIZE = 50

type FeedInput = { title: string; description: string; path: string; feedPath: string; articles: Article[] }

/**
 * An RSS 2.0 document (https://www.rssboard.org/rss-specification): absolute links,
 * pubDate, the lead as description, categories, the author as dc:creator. Written by
 * fast-xml-parser with escaped text: the `feed` library it replaces wrapped titles in CDATA
 * through xml-js, which escapes only the first `]]>` of a text, so a title could end its
 * element and add a link of its author's choosing.
 */
export function articlesRss({ title, description, path, feedPath, articles }: FeedInput): string {
  const link = absoluteUrl(path)
  const channel = {
    title: xmlText(title),
    link,
    description: xmlText(description),
    language: 'pl',
    copyright: `Gmina ${SITE_NAME}`,
    ...(articles[0] ? { lastBuildDate: new Date(articlePublishedAt(articles[0])).toUTCString() } : {}),
    'atom:link': { '@_href': absoluteUrl(feedPath), '@_rel': 'self', '@_type': 'application/rss+xml' },
    image: { url: absoluteUrl(paths.logo()), title: xmlText(title), link },
    item: articles.map((article) => {
      const url = absoluteUrl(paths.article(article.slug))
      return {
        title: xmlText(article.title),
        link: url,
        guid: { '#text': url, '@_isPermaLink': 'true' },
        pubDate: new Date(articlePublishedAt(article)).toUTCString(),
        description: xmlText(article.lead ?? ''),
        category: (article.categories ?? []).filter(isPopulated<Category>).map((c) => xmlText(c.title)),
        ...(article.author ? { 'dc:creator': xmlText(article.author) } : {}),
      }
    }),
  }
  const rss = {
    '@_version': '2.0',
    '@_xmlns:atom': 'http://www.w3.org/2005/Atom',
    '@_xmlns:dc': 'http://purl.org/dc/elements/1.1/',
    channel,
  }
  return `${XML_DECLARATION}${xmlBuilder.build({ rss })}`
}

export function rssResponse(xml: string): Response {
  return new Response(xml, { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } })
}
