import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'

import { Breadcrumbs } from '@/components/Breadcrumbs'
import { RichText } from '@/components/RichText'
import { parseSlug } from '@/lib/pageNumber'
import { getPage } from '@/lib/queries/pages'
import { findRedirect } from '@/lib/queries/redirects'
import { paths } from '@/lib/routes'

type Props = { params: Promise<{ path: string[] }> }

// Rendered per request: a redirect from a cached (ISR) render is sent with its Location
// header twice on the first request (Next 16.4), which some clients refuse.
export const dynamic = 'force-dynamic'

/** A static page when the path is one known slug. */
async function pageFor(params: Props['params']) {
  const segments = (await params).path
  const slug = segments.length === 1 ? parseSlug(segments[0]) : null
  return slug ? getPage(slug) : null
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await pageFor(params)
  if (!page) return { title: 'Nie znaleziono strony' }
  return {
    title: page.meta?.title || page.title,
    description: page.meta?.description ?? undefined,
    alternates: { canonical: paths.page(page.slug) },
  }
}

/** Static pages (/deklaracja-dostepnosci), then old addresses that redirect, then 404. */
export default async function CatchAllPage({ params }: Props) {
  const page = await pageFor(params)
  if (page) {
    return (
      <article className="page">
        <Breadcrumbs current={page.title} />
        <h1>{page.title}</h1>
        <RichText data={page.body} />
      </article>
    )
  }
  const target = await findRedirect(pathFrom((await params).path))
  if (target) permanentRedirect(target)
  notFound()
}

function pathFrom(segments: string[]): string {
  const joined = `/${segments.join('/')}`
  try {
    return decodeURIComponent(joined)
  } catch {
    return joined
  }
}
