import type { Article } from '@/payload-types'
import { paths } from '@/lib/routes'

import { ArticleList } from './ArticleList'
import { Pagination } from './Pagination'

type Props = { articles: Article[]; page: number; totalPages: number }

/** The news list, shared by /aktualnosci and /aktualnosci/strona/N. */
export function ArticlesIndex({ articles, page, totalPages }: Props) {
  return (
    <>
      <h1>Aktualności{page > 1 ? ` – strona ${page}` : ''}</h1>
      {articles.length > 0 ? <ArticleList articles={articles} /> : <p>Nie opublikowano jeszcze żadnych aktualności.</p>}
      <Pagination page={page} totalPages={totalPages} hrefFor={paths.articlesPage} />
    </>
  )
}
