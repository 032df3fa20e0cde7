import type { Metadata } from 'next'
import Link from 'next/link'

import { Breadcrumbs } from '@/components/Breadcrumbs'
import { NotFoundResponse } from '@/components/NotFoundResponse'
import { Pagination } from '@/components/Pagination'
import { SessionList } from '@/components/SessionList'
import { listPageMetadata } from '@/lib/metadata'
import { parsePageNumber } from '@/lib/pageNumber'
import { listSessions } from '@/lib/queries/sessions'
import { paths } from '@/lib/routes'

type Props = { params: Promise<{ n: string }> }

// Nothing is rendered at build time; each page (the first one is /sesje) is cached on its first request.
export const generateStaticParams = async () => []
// Which sessions are still ahead changes with the date, not only with edits: refreshed hourly too.
export const revalidate = 3600

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return listPageMetadata(parsePageNumber((await params).n), {
    title: 'Sesje rady',
    description: 'Sesje Rady Miejskiej Konstancin-Jeziorna: terminy, porządek obrad, uchwały, nagrania.',
    pathFor: paths.sessionsPage,
  })
}

export default async function SessionsPage({ params }: Props) {
  const page = parsePageNumber((await params).n)
  if (page === null) return <NotFoundResponse />
  const result = await listSessions(page)
  if (!result) return <NotFoundResponse />
  const upcoming = result.docs.slice(0, result.upcomingCount)
  const past = result.docs.slice(result.upcomingCount)
  return (
    <>
      <Breadcrumbs current="Sesje rady" />
      <h1>Sesje rady{page > 1 ? ` – strona ${page}` : ''}</h1>
      <p>
        Terminy i porządek obrad sesji Rady Miejskiej Konstancin-Jeziorna i jej komisji, podjęte uchwały, wyniki
        głosowań i nagrania. Terminy sesji można dodać do swojego kalendarza:{' '}
        <Link href={paths.sessionsCalendar()}>kalendarz sesji (iCalendar)</Link>.
      </p>
      {result.docs.length === 0 ? <p>Nie opublikowano jeszcze żadnej sesji.</p> : null}
      {upcoming.length > 0 ? (
        <section aria-labelledby="sesje-nadchodzace">
          <h2 id="sesje-nadchodzace">Najbliższe sesje</h2>
          <SessionList sessions={upcoming} />
        </section>
      ) : null}
      {past.length > 0 ? (
        <section aria-labelledby="sesje-minione">
          <h2 id="sesje-minione">Minione sesje</h2>
          <SessionList sessions={past} />
        </section>
      ) : null}
      <Pagination
        page={page}
        totalPages={result.totalPages}
        hrefFor={paths.sessionsPage}
        label="Strony listy: Sesje rady"
        previousLabel="← Poprzednia"
        nextLabel="Następna →"
      />
    </>
  )
}
