import type { Metadata } from 'next'

import { ArticlesIndex } from '@/components/ArticlesIndex'
import { CategoryLinks } from '@/components/CategoryLinks'
import { listArticles } from '@/lib/queries/articles'
import { listCategories } from '@/lib/queries/categories'
import { pageMetadata } from '@/lib/metadata'
import { paths } from '@/lib/routes'

// Rendered on request so that `next build` reads no database.
export const dynamic = 'force-dynamic'

export const metadata: Metadata = pageMetadata({
  title: 'Aktualności',
  description: 'Aktualności Gminy Konstancin-Jeziorna.',
  path: paths.articles(),
})

export default async function ArticlesPage() {
  const [result, categories] = await Promise.all([listArticles(1), listCategories()])
  return (
    <ArticlesIndex
      articles={result?.docs ?? []}
      page={1}
      totalPages={result?.totalPages ?? 1}
      heading="Aktualności"
      hrefFor={paths.articlesPage}
    >
      <CategoryLinks categories={categories} />
    </ArticlesIndex>
  )
}
