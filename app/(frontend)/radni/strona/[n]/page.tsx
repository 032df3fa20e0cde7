import type { Metadata } from 'next'
import Link from 'next/link'

import { Breadcrumbs } from '@/components/Breadcrumbs'
import { CouncilSeatText } from '@/components/CouncilSeats'
import { NotFoundResponse } from '@/components/NotFoundResponse'
import { Pagination } from '@/components/Pagination'
import { ResponsiveImage } from '@/components/ResponsiveImage'
import type { Media } from '@/payload-types'
import { listPageMetadata } from '@/lib/metadata'
import { parsePageNumber } from '@/lib/pageNumber'
import { isPopulated } from '@/lib/populated'
import { listCouncillors } from '@/lib/queries/councillors'
import { paths } from '@/lib/routes'

type Props = { params: Promise<{ n: string }> }

// Nothing is rendered at build time; each page (the first one is /radni) is cached on its first request.
export const generateStaticParams = async () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return listPageMetadata(parsePageNumber((await params).n), {
    title: 'Radni',
    description: 'Radni Rady Miejskiej Konstancin-Jeziorna: funkcje, kadencje i imienne wyniki głosowań.',
    pathFor: paths.councillorsPage,
  })
}

export default async function CouncillorsPage({ params }: Props) {
  const page = parsePageNumber((await params).n)
  if (page === null) return <NotFoundResponse />
  const result = await listCouncillors(page)
  if (!result) return <NotFoundResponse />
  return (
    <>
      <Breadcrumbs current="Radni" />
      <h1>Radni{page > 1 ? ` – strona ${page}` : ''}</h1>
      <p>Radni Rady Miejskiej Konstancin-Jeziorna i członkowie jej komisji. Na stronie radnego jest jego imienny wykaz głosowań.</p>
      {result.docs.length === 0 ? (
        <p>Skład rady nie został jeszcze wprowadzony do portalu.</p>
      ) : (
        <ul className="card-list councillors">
          {result.docs.map(({ person, seats }) => (
            <li key={person.id} className="card councillor-card">
              {isPopulated<Media>(person.image) ? <ResponsiveImage media={person.image} sizes="8rem" /> : null}
              <div>
                <h2 className="card__title">
                  <Link href={paths.councillor(person.slug)}>{person.name}</Link>
                </h2>
                <ul className="card__meta">
                  {seats.map((seat) => (
                    <li key={seat.id}>
                      <CouncilSeatText seat={seat} />
                    </li>
                  ))}
                </ul>
              </div>
            </li>
          ))}
        </ul>
      )}
      <Pagination
        page={page}
        totalPages={result.totalPages}
        hrefFor={paths.councillorsPage}
        label="Strony listy: Radni"
        previousLabel="← Poprzednia"
        nextLabel="Następna →"
      />
    </>
  )
}
