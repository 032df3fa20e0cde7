import type { Metadata } from 'next'

import { Breadcrumbs } from '@/components/Breadcrumbs'
import { NotFoundResponse } from '@/components/NotFoundResponse'
import { Pagination } from '@/components/Pagination'
import { VoteList } from '@/components/VoteList'
import { listPageMetadata } from '@/lib/metadata'
import { parsePageNumber } from '@/lib/pageNumber'
import { listVotes } from '@/lib/queries/votes'
import { paths } from '@/lib/routes'

type Props = { params: Promise<{ n: string }> }

// Nothing is rendered at build time; each page (the first one is /glosowania) is cached on its first request.
export const generateStaticParams = async () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return listPageMetadata(parsePageNumber((await params).n), {
    title: 'Głosowania rady',
    description: 'Głosowania Rady Miejskiej Konstancin-Jeziorna: wyniki i imienne wykazy.',
    pathFor: paths.votesPage,
  })
}

export default async function VotesPage({ params }: Props) {
  const page = parsePageNumber((await params).n)
  if (page === null) return <NotFoundResponse />
  const result = await listVotes(page)
  if (!result) return <NotFoundResponse />
  return (
    <>
      <Breadcrumbs current="Głosowania rady" />
      <h1>Głosowania rady{page > 1 ? ` – strona ${page}` : ''}</h1>
      <p>Wyniki głosowań Rady Miejskiej Konstancin-Jeziorna: liczba głosów i, gdy jest dostępny, imienny wykaz.</p>
      {result.docs.length > 0 ? <VoteList votes={result.docs} /> : <p>Brak opublikowanych głosowań.</p>}
      <Pagination page={page} totalPages={result.totalPages} hrefFor={paths.votesPage} />
    </>
  )
}
