import type { Metadata } from 'next'

import { CategoryListing, categoryMetadata } from './categoryListing'

type Props = { params: Promise<{ slug: string }> }

// Nothing is rendered at build time; each category is cached on its first request.
export const generateStaticParams = async () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return categoryMetadata((await params).slug, 1)
}

export default async function CategoryPage({ params }: Props) {
  return <CategoryListing rawSlug={(await params).slug} page={1} />
}
