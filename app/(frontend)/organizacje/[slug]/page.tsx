import type { Metadata } from 'next'
import Link from 'next/link'

import { classificationLabel } from '@/collections/Organisations/classifications'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { DateText } from '@/components/DateText'
import { JsonLd } from '@/components/JsonLd'
import { MemberName, MembershipFacts } from '@/components/MembershipFacts'
import { NotFoundResponse } from '@/components/NotFoundResponse'
import type { Organisation } from '@/payload-types'
import { pageMetadata } from '@/lib/metadata'
import { parseSlug } from '@/lib/pageNumber'
import { isPopulated } from '@/lib/populated'
import { articlesRelatedTo } from '@/lib/queries/articles'
import { getOrganisation, membersOf, membershipsHeldBy } from '@/lib/queries/organisations'
import { paths } from '@/lib/routes'
import { organisationJsonLd } from '@/lib/structuredData'

type Props = { params: Promise<{ slug: string }> }

export const generateStaticParams = async () => []

async function organisationFor(params: Props['params']) {
  const slug = parseSlug((await params).slug)
  return slug ? getOrganisation(slug) : null
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const org = await organisationFor(params)
  if (!org) return { title: 'Nie znaleziono strony' }
  return pageMetadata({ title: org.name, description: org.description, path: paths.organisation(org.slug) })
}

export default async function OrganisationPage({ params }: Props) {
  const org = await organisationFor(params)
  if (!org) return <NotFoundResponse />
  const [members, heldMemberships, articles] = await Promise.all([
    membersOf(org.id),
    membershipsHeldBy(org.id),
    articlesRelatedTo('relatedOrganisations', org.id),
  ])
  const parent = isPopulated<Organisation>(org.parent) ? org.parent : null

  return (
    <article className="organisation">
      <Breadcrumbs trail={[{ label: 'Organizacje', href: paths.organisations() }]} current={org.name} />
      <JsonLd data={organisationJsonLd(org)} />
      <h1>
        {org.name}
        {org.shortName ? ` (${org.shortName})` : null}
      </h1>
      <dl className="facts">
        <dt>Rodzaj</dt>
        <dd>{classificationLabel(org.classification)}</dd>
        {parent ? (
          <>
            <dt>Jest organem</dt>
            <dd>
              <Link href={paths.organisation(parent.slug)}>{parent.name}</Link>
            </dd>
          </>
        ) : null}
        {typeof org.memberCount === 'number' ? (
          <>
            <dt>Liczba członków</dt>
            <dd>
              {org.memberCount}
              {org.memberCountDate ? (
                <>
                  {' '}
                  (stan na <DateText value={org.memberCountDate} />)
                </>
              ) : null}
            </dd>
          </>
        ) : null}
        {typeof org.seats === 'number' ? (
          <>
            <dt>Liczba mandatów</dt>
            <dd>{org.seats}</dd>
          </>
        ) : null}
        {org.website ? (
          <>
            <dt>Strona internetowa</dt>
            <dd>
              <a href={org.website}>{org.website}</a>
            </dd>
          </>
        ) : null}
      </dl>
      {org.description ? <p className="organisation__description">{org.description}</p> : null}

      {members.length > 0 ? (
        <section aria-labelledby="czlonkowie">
          <h2 id="czlonkowie">Członkowie wymienieni w portalu</h2>
          <ul className="membership-list">
            {members.map((m) => (
              <li key={m.id}>
                <h3>
                  <MemberName membership={m} />
                </h3>
                <MembershipFacts membership={m} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {heldMemberships.length > 0 ? (
        <section aria-labelledby="czlonkostwa">
          <h2 id="czlonkostwa">Członkostwo w innych organizacjach</h2>
          <ul className="membership-list">
            {heldMemberships.map((m) => (
              <li key={m.id}>
                <h3>
                  {isPopulated<Organisation>(m.organization) ? (
                    <Link href={paths.organisation(m.organization.slug)}>{m.organization.name}</Link>
                  ) : null}
                </h3>
                <MembershipFacts membership={m} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {articles.length > 0 ? (
        <section aria-labelledby="powiazane-artykuly" className="related">
          <h2 id="powiazane-artykuly">Artykuły</h2>
          <ul>
            {articles.map((a) => (
              <li key={a.id}>
                <Link href={paths.article(a.slug)}>{a.title}</Link> (<DateText value={a.publishedAt} />)
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  )
}
