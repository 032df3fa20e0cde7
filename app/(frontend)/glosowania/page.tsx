import type { Metadata } from 'next'

import { Breadcrumbs } from '@/components/Breadcrumbs'
import { VoteList } from '@/components/VoteList'
import { pageMetadata } from '@/lib/metadata'
import { listVotes } from '@/lib/queries/votes'
import { paths } from '@/lib/routes'

// Rendered on request so that `next build` reads no database.
export const dynamic = 'force-dynamic'

export const metadata: Metadata = pageMetadata({
  title: 'Głosowania rady',
  description: 'Głosowania Rady Miejskiej Konstancin-Jeziorna: wyniki i imienne wykazy.',
  path: paths.votes(),
})

export default async function VotesPage() {
  const votes = await listVotes()
  return (
    <>
      <Breadcrumbs current="Głosowania rady" />
      <h1>Głosowania rady</h1>
      <p>Wyniki głosowań Rady Miejskiej Konstancin-Jeziorna: liczba głosów i, gdy jest dostępny, imienny wykaz.</p>
      {votes.length > 0 ? <VoteList votes={votes} /> : <p>Brak opublikowanych głosowań.</p>}
    </>
  )
}
