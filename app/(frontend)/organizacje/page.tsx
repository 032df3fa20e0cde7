import type { Metadata } from 'next'
import Link from 'next/link'

import { classificationLabel } from '@/collections/Organisations/classifications'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { pageMetadata } from '@/lib/metadata'
import { listOrganisations } from '@/lib/queries/organisations'
import { paths } from '@/lib/routes'

// Rendered on request so that `next build` reads no database.
export const dynamic = 'force-dynamic'

export const metadata: Metadata = pageMetadata({
  title: 'Organizacje',
  description: 'Gmina, jej organy i organizacje, do których należy.',
  path: paths.organisations(),
})

export default async function OrganisationsPage() {
  const organisations = await listOrganisations()
  return (
    <>
      <Breadcrumbs current="Organizacje" />
      <h1>Organizacje</h1>
      <p>Gmina, jej organy i organizacje, do których należy.</p>
      <ul className="card-list">
        {organisations.map((org) => (
          <li key={org.id} className="card">
            <h2 className="card__title">
              <Link href={paths.organisation(org.slug)}>{org.name}</Link>
            </h2>
            <p className="card__meta">{classificationLabel(org.classification)}</p>
          </li>
        ))}
      </ul>
    </>
  )
}
