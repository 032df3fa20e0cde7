import type { Metadata } from 'next'

import { parsePageNumber } from '@/lib/pageNumber'

import { CategoryListing, categoryMetadata } from '../../categoryListing'

type Props = { params: Promise<{ slug: string; n: string }> }

// Nothing is rendered at build time; each page is cached on its first request.
export const generateStaticParams = async () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, n } = await params
  return categoryMetadata(slug, parsePageNumber(n))
}

export default async function CategoryPageN({ params }: Props) {
  const { slug, n } = await params
  return <CategoryListing rawSlug={slug} page={parsePageNumber(n)} />
}
