import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ArticlesIndex } from '@/components/ArticlesIndex'
import { pageMetadata } from '@/lib/metadata'
import { parsePageNumber } from '@/lib/pageNumber'
import { listArticles } from '@/lib/queries/articles'
import { paths } from '@/lib/routes'

type Props = { params: Promise<{ n: string }> }

// Nothing is rendered at build time; each page is cached on its first request.
export const generateStaticParams = async () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = parsePageNumber((await params).n)
  if (!page) return { title: 'Nie znaleziono strony' }
  return pageMetadata({ title: `Aktualności – strona ${page}`, path: paths.articlesPage(page) })
}

export default async function ArticlesPageN({ params }: Props) {
  const page = parsePageNumber((await params).n)
  if (page === null) notFound()
  const result = await listArticles(page)
  if (!result) notFound()
  return (
    <ArticlesIndex
      articles={result.docs}
      page={page}
      totalPages={result.totalPages}
      heading="Aktualności"
      hrefFor={paths.articlesPage}
    />
  )
}
