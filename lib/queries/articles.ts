import type { Where } from 'payload'
import { cache } from 'react'

import type { TypedUser } from 'payload'

import type { Article } from '@/payload-types'

import { payloadClient } from '../payload'

export const ARTICLES_PER_PAGE = 10

/** A page of published articles, newest first; null when the page does not exist. */
export const listArticles = cache(async (page: number, limit = ARTICLES_PER_PAGE) => {
  const payload = await payloadClient()
  const result = await payload.find({
    collection: 'articles',
    where: { _status: { equals: 'published' } },
    sort: '-publishedAt',
    page,
    limit,
    depth: 1,
    overrideAccess: false,
  })
  if (page > 1 && page > result.totalPages) return null
  return result
})

export const getArticle = cache(async (slug: string): Promise<Article | null> => {
  const payload = await payloadClient()
  const result = await payload.find({
    collection: 'articles',
    where: { slug: { equals: slug }, _status: { equals: 'published' } },
    limit: 1,
    depth: 2,
    overrideAccess: false,
  })
  return result.docs[0] ?? null
})

/** The latest draft of an article, as the signed-in user may read it (preview). */
export const getArticleDraft = cache(async (slug: string, user: TypedUser): Promise<Article | null> => {
  const payload = await payloadClient()
  const result = await payload.find({
    collection: 'articles',
    where: { slug: { equals: slug } },
    draft: true,
    limit: 1,
    depth: 2,
    overrideAccess: false,
    user,
  })
  return result.docs[0] ?? null
})

/** Published articles linked to a vote or an organisation. */
export const articlesRelatedTo = cache(
  async (field: 'relatedVotes' | 'relatedOrganisations', id: number | string) => {
    const payload = await payloadClient()
    const result = await payload.find({
      collection: 'articles',
      where: { [field]: { in: [id] }, _status: { equals: 'published' } },
      sort: '-publishedAt',
      limit: 20,
      depth: 0,
      overrideAccess: false,
    })
    return result.docs
  },
)

/** A page of published articles in one category, newest first; null when the page does not exist. */
export const listArticlesInCategory = cache(async (categoryId: number | string, page: number) => {
  const payload = await payloadClient()
  const result = await payload.find({
    collection: 'articles',
    where: { categories: { in: [categoryId] }, _status: { equals: 'published' } },
    sort: '-publishedAt',
    page,
    limit: ARTICLES_PER_PAGE,
    depth: 0,
    overrideAccess: false,
  })
  if (page > 1 && page > result.totalPages) return null
  return result
})

/** The newest published articles, optionally of one category: feeds and sitemaps. */
export const latestArticles = cache(async (limit: number, categoryId?: number | string) => {
  const payload = await payloadClient()
  const published: Where = { _status: { equals: 'published' } }
  const result = await payload.find({
    collection: 'articles',
    where: categoryId === undefined ? published : { and: [published, { categories: { in: [categoryId] } }] },
    sort: '-publishedAt',
    limit,
    depth: 1,
    overrideAccess: false,
  })
  return result.docs
})

/** Published articles that went public at or after `since`, newest first: the news sitemap. */
export const articlesPublishedSince = cache(async (since: string) => {
  const payload = await payloadClient()
  const result = await payload.find({
    collection: 'articles',
    where: { _status: { equals: 'published' }, publishedAt: { greater_than_equal: since } },
    sort: '-publishedAt',
    limit: 1000,
    depth: 0,
    overrideAccess: false,
  })
  return result.docs
})
