import type { Metadata } from 'next'

import { ArticlesIndex } from '@/components/ArticlesIndex'
import { NotFoundResponse } from '@/components/NotFoundResponse'
import { parseSlug } from '@/lib/pageNumber'
import { listArticlesInCategory } from '@/lib/queries/articles'
import { getCategory } from '@/lib/queries/categories'
import { absoluteUrl } from '@/lib/absoluteUrl'
import { pageMetadata, SITE_NAME } from '@/lib/metadata'
import { paths } from '@/lib/routes'

/** The category named in the path, or null for a malformed or unknown slug. */
export async function categoryFor(rawSlug: string) {
  const slug = parseSlug(rawSlug)
  return slug ? getCategory(slug) : null
}

export async function categoryMetadata(rawSlug: string, page: number | null): Promise<Metadata> {
  const category = await categoryFor(rawSlug)
  if (!category || page === null) return { title: 'Nie znaleziono strony' }
  return pageMetadata({
    title: page > 1 ? `${category.title} – strona ${page}` : category.title,
    description: category.description || `Aktualności w kategorii ${category.title}.`,
    path: paths.categoryPage(category.slug, page),
    feeds: [{ url: absoluteUrl(paths.categoryFeed(category.slug)), title: `${category.title} – ${SITE_NAME}` }],
  })
}

/** Page `page` of a category's articles, shared by /aktualnosci/kategoria/[slug] and its /strona/[n]. */
export async function CategoryListing({ rawSlug, page }: { rawSlug: string; page: number | null }) {
  const category = await categoryFor(rawSlug)
  if (!category || page === null) return <NotFoundResponse />
  const result = await listArticlesInCategory(category.id, page)
  if (!result) return <NotFoundResponse />
  return (
    <ArticlesIndex
      articles={result.docs}
      page={page}
      totalPages={result.totalPages}
      heading={category.title}
      hrefFor={(n) => paths.categoryPage(category.slug, n)}
      trail={[{ label: 'Aktualności', href: paths.articles() }]}
    >
      {category.description && page === 1 ? <p>{category.description}</p> : null}
    </ArticlesIndex>
  )
}
