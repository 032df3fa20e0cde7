import type { Metadata } from 'next'

import { ArticlesIndex } from '@/components/ArticlesIndex'
import { CategoryLinks } from '@/components/CategoryLinks'
import { NotFoundResponse } from '@/components/NotFoundResponse'
import { listPageMetadata } from '@/lib/metadata'
import { parsePageNumber } from '@/lib/pageNumber'
import { listArticles } from '@/lib/queries/articles'
import { listCategories } from '@/lib/queries/categories'
import { paths } from '@/lib/routes'

type Props = { params: Promise<{ n: string }> }

// Nothing is rendered at build time; each page (the first one is /aktualnosci) is cached on its first request.
export const generateStaticParams = async () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return listPageMetadata(parsePageNumber((await params).n), {
    title: 'Aktualności',
    description: 'Aktualności Gminy Konstancin-Jeziorna.',
    pathFor: paths.articlesPage,
  })
}

export default async function ArticlesPageN({ params }: Props) {
  const page = parsePageNumber((await params).n)
  if (page === null) return <NotFoundResponse />
  const [result, categories] = await Promise.all([listArticles(page), page === 1 ? listCategories() : []])
  if (!result) return <NotFoundResponse />
  return (
    <ArticlesIndex
      articles={result.docs}
      page={page}
      totalPages={result.totalPages}
      heading="Aktualności"
      hrefFor={paths.articlesPage}
    >
      {page === 1 ? <CategoryLinks categories={categories} /> : null}
    </ArticlesIndex>
  )
}
