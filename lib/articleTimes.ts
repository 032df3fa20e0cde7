import type { Article } from '@/payload-types'

/** When the article went public (publishedAt; the record's creation for old data without it). */
export function articlePublishedAt(article: Pick<Article, 'publishedAt' | 'createdAt'>): string {
  return article.publishedAt ?? article.createdAt
}

/** The public modified time: moves only with a substantive change, never with a typo fix. */
export function articleModifiedAt(article: Pick<Article, 'contentModifiedAt' | 'publishedAt' | 'createdAt'>): string {
  return article.contentModifiedAt ?? articlePublishedAt(article)
}
