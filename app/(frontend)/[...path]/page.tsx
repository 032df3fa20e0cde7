import type { Metadata } from 'next'

import { Breadcrumbs } from '@/components/Breadcrumbs'
import { NotFoundResponse } from '@/components/NotFoundResponse'
import { RichText } from '@/components/RichText'
import { pageMetadata } from '@/lib/metadata'
import { parseSlug } from '@/lib/pageNumber'
import { getPage } from '@/lib/queries/pages'
import { paths } from '@/lib/routes'

type Props = { params: Promise<{ path: string[] }> }

// Cached on the first request; old addresses are redirected by the proxy before routing.
export const generateStaticParams = async () => []

/** A static page when the path is one known slug. */
async function pageFor(params: Props['params']) {
  const segments = (await params).path
  const slug = segments.length === 1 ? parseSlug(segments[0]) : null
  return slug ? getPage(slug) : null
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await pageFor(params)
  if (!page) return { title: 'Nie znaleziono strony' }
  return pageMetadata({
    title: page.meta?.title || page.title,
    description: page.meta?.description,
    path: paths.page(page.slug),
  })
}

/** Static pages such as /deklaracja-dostepnosci; anything else is a 404. */
export default async function StaticPage({ params }: Props) {
  const page = await pageFor(params)
  if (!page) return <NotFoundResponse />
  return (
    <article className="page">
      <Breadcrumbs current={page.title} />
      <h1>{page.title}</h1>
      <RichText data={page.body} />
    </article>
  )
}
