import type { Metadata } from 'next'
import Link from 'next/link'

import { classificationLabel } from '@/collections/Organisations/classifications'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { NotFoundResponse } from '@/components/NotFoundResponse'
import { Pagination } from '@/components/Pagination'
import { listPageMetadata } from '@/lib/metadata'
import { parsePageNumber } from '@/lib/pageNumber'
import { listOrganisations } from '@/lib/queries/organisations'
import { paths } from '@/lib/routes'

type Props = { params: Promise<{ n: string }> }

// Nothing is rendered at build time; each page (the first one is /organizacje) is cached on its first request.
export const generateStaticParams = async () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return listPageMetadata(parsePageNumber((await params).n), {
    title: 'Organizacje',
    description: 'Gmina, jej organy i organizacje, do których należy.',
    pathFor: paths.organisationsPage,
  })
}

export default async function OrganisationsPage({ params }: Props) {
  const page = parsePageNumber((await params).n)
  if (page === null) return <NotFoundResponse />
  const result = await listOrganisations(page)
  if (!result) return <NotFoundResponse />
  return (
    <>
      <Breadcrumbs current="Organizacje" />
      <h1>Organizacje{page > 1 ? ` – strona ${page}` : ''}</h1>
      <p>Gmina, jej organy i organizacje, do których należy.</p>
      <ul className="card-list">
        {result.docs.map((org) => (
          <li key={org.id} className="card">
            <h2 className="card__title">
              <Link href={paths.organisation(org.slug)}>{org.name}</Link>
            </h2>
            <p className="card__meta">{classificationLabel(org.classification)}</p>
          </li>
        ))}
      </ul>
      <Pagination page={page} totalPages={result.totalPages} hrefFor={paths.organisationsPage} />
    </>
  )
}
