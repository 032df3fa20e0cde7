import Link from 'next/link'
import type React from 'react'

import type { Article } from '@/payload-types'

import { ArticleList } from './ArticleList'
import { Breadcrumbs, type Crumb } from './Breadcrumbs'
import { Pagination } from './Pagination'

type Props = {
  articles: Article[]
  page: number
  totalPages: number
  /** the list's name: "Aktualności", or a category's title */
  heading: string
  hrefFor: (page: number) => string
  /** the pages above the list in the breadcrumbs */
  trail?: Crumb[]
  children?: React.ReactNode
}

/** A paged list of articles: the news list and each category, first and further pages. */
export function ArticlesIndex({ articles, page, totalPages, heading, hrefFor, trail = [], children }: Props) {
  const title = page > 1 ? `${heading} – strona ${page}` : heading
  const crumbs = page > 1 ? [...trail, { label: heading, href: hrefFor(1) }] : trail
  return (
    <>
      <Breadcrumbs trail={crumbs} current={page > 1 ? `Strona ${page}` : heading} />
      <h1>{title}</h1>
      {children}
      {articles.length > 0 ? <ArticleList articles={articles} /> : <p>Nie opublikowano jeszcze żadnych aktualności.</p>}
      <Pagination page={page} totalPages={totalPages} hrefFor={hrefFor} label={`Strony listy: ${heading}`} />
      <p>
        <Link href="/powiadomienia">Powiadomienia e-mail o nowych artykułach</Link>
      </p>
    </>
  )
}
