import type { Metadata } from 'next'

import { ArticlesIndex } from '@/components/ArticlesIndex'
import { listArticles } from '@/lib/queries/articles'

// Rendered on request so that `next build` reads no database.
export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'Aktualności' }

export default async function ArticlesPage() {
  const result = await listArticles(1)
  return <ArticlesIndex articles={result?.docs ?? []} page={1} totalPages={result?.totalPages ?? 1} />
}
