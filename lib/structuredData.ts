import type { Article, Media, Organisation } from '@/payload-types'

import { absoluteUrl } from './absoluteUrl'
import { articleModifiedAt, articlePublishedAt } from './articleTimes'
import { defaultShareImage, type ShareImage } from './metadata'
import { isPopulated } from './populated'
import { paths } from './routes'

const MUNICIPALITY = 'Gmina Konstancin-Jeziorna'

/** Bodies of public administration get the GovernmentOrganization type. */
const GOVERNMENT_CLASSIFICATIONS = new Set(['municipality', 'council'])

function publisher() {
  return {
    '@type': 'GovernmentOrganization',
    name: MUNICIPALITY,
    url: absoluteUrl(paths.home()),
    logo: { '@type': 'ImageObject', url: absoluteUrl(paths.logo()), width: 512, height: 512 },
  }
}

/** The hero image when there is one (its 1200×630 "og" crop when made), else the generated default. */
export function articleShareImage(article: Article): ShareImage {
  const hero = isPopulated<Media>(article.heroImage) ? article.heroImage : null
  if (!hero?.url) return defaultShareImage()
  const og = hero.sizes?.og
  return og?.url
    ? { url: absoluteUrl(og.url), width: og.width, height: og.height, alt: hero.alt }
    : { url: absoluteUrl(hero.url), width: hero.width, height: hero.height, alt: hero.alt }
}

/** schema.org NewsArticle for an article page. */
export function newsArticleJsonLd(article: Article) {
  const url = absoluteUrl(paths.article(article.slug))
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.lead,
    datePublished: articlePublishedAt(article),
    dateModified: articleModifiedAt(article),
    author: { '@type': 'Organization', name: article.author || MUNICIPALITY },
    publisher: publisher(),
    image: [articleShareImage(article).url],
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    url,
    inLanguage: 'pl',
  }
}

/** schema.org GovernmentOrganization (the municipality and its organs) or Organization. */
export function organisationJsonLd(org: Organisation) {
  const logo = isPopulated<Media>(org.logo) && org.logo.url ? absoluteUrl(org.logo.url) : undefined
  const parent = isPopulated<Organisation>(org.parent) ? org.parent : null
  return {
    '@context': 'https://schema.org',
    '@type': GOVERNMENT_CLASSIFICATIONS.has(org.classification) ? 'GovernmentOrganization' : 'Organization',
    name: org.name,
    alternateName: org.shortName || undefined,
    description: org.description || undefined,
    url: absoluteUrl(paths.organisation(org.slug)),
    sameAs: org.website ? [org.website] : undefined,
    logo,
    parentOrganization: parent
      ? { '@type': 'Organization', name: parent.name, url: absoluteUrl(paths.organisation(parent.slug)) }
      : undefined,
  }
}
