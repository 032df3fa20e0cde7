import type { Metadata } from 'next'

import { absoluteUrl } from './absoluteUrl'
import { paths } from './routes'

export const SITE_NAME = 'Konstancin-Jeziorna'
export const SITE_DESCRIPTION = 'Aktualności, głosowania rady i organizacje Gminy Konstancin-Jeziorna.'
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const

export type ShareImage = { url: string; width?: number | null; height?: number | null; alt: string }

type PageMetadataInput = {
  title: string | { absolute: string }
  description?: string | null
  /** The portal path of the page ("/aktualnosci/…"): canonical and og:url. */
  path: string
  image?: ShareImage | null
  article?: { publishedTime?: string | null; modifiedTime?: string | null; section?: string; author?: string | null }
  /** Feeds of this page besides the news feed (a category's own feed). */
  feeds?: { url: string; title: string }[]
}

/** The generated image used when a page has none of its own. */
export function defaultShareImage(): ShareImage {
  return { url: absoluteUrl(paths.shareImage()), ...SHARE_IMAGE_SIZE, alt: `Portal ${SITE_NAME}` }
}

/** Links to the news feed, on every page (the layout's alternates are replaced, not merged). */
export function feedAlternates(extra: { url: string; title: string }[] = []) {
  return { 'application/rss+xml': [{ url: absoluteUrl(paths.feed()), title: `Aktualności – ${SITE_NAME}` }, ...extra] }
}

/**
 * The metadata of a public page: title (the layout adds "| Konstancin-Jeziorna"),
 * description, absolute canonical URL equal to og:url, Open Graph (article times for
 * articles), Twitter card, and the news feed link.
 */
export function pageMetadata({ title, description, path, image, article, feeds }: PageMetadataInput): Metadata {
  const url = absoluteUrl(path)
  const plainTitle = typeof title === 'string' ? title : title.absolute
  const text = description?.trim() || SITE_DESCRIPTION
  const shared = image ?? defaultShareImage()
  const images = [
    { url: shared.url, width: shared.width ?? undefined, height: shared.height ?? undefined, alt: shared.alt },
  ]
  const openGraphBase = { url, title: plainTitle, description: text, siteName: SITE_NAME, locale: 'pl_PL', images }
  return {
    title,
    description: text,
    alternates: { canonical: url, types: feedAlternates(feeds) },
    openGraph: article
      ? {
          ...openGraphBase,
          type: 'article',
          publishedTime: article.publishedTime ?? undefined,
          modifiedTime: article.modifiedTime ?? article.publishedTime ?? undefined,
          section: article.section,
          authors: article.author ? [article.author] : undefined,
        }
      : { ...openGraphBase, type: 'website' },
    twitter: { card: 'summary_large_image', title: plainTitle, description: text, images: [shared.url] },
  }
}

/** Metadata of page `page` of a list ("Głosowania rady – strona 2"); a malformed number gets the not-found title. */
export function listPageMetadata(
  page: number | null,
  list: { title: string; description: string; pathFor: (page: number) => string },
): Metadata {
  if (!page) return { title: 'Nie znaleziono strony' }
  return pageMetadata({
    title: page > 1 ? `${list.title} – strona ${page}` : list.title,
    description: list.description,
    path: list.pathFor(page),
  })
}
