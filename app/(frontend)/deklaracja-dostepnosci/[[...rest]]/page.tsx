import type { Metadata } from 'next'

import { AccessibilityStatement } from '@/components/accessibility/AccessibilityStatement'
import { NotFoundResponse } from '@/components/NotFoundResponse'
import { env } from '@/lib/env'
import { pageMetadata } from '@/lib/metadata'
import { getSiteSettings } from '@/lib/queries/siteSettings'
import { paths } from '@/lib/routes'

type Props = { params: Promise<{ rest?: string[] }> }

export const metadata: Metadata = pageMetadata({
  title: 'Deklaracja dostępności',
  description: 'Deklaracja dostępności portalu informacyjnego Gminy Konstancin-Jeziorna.',
  path: paths.accessibilityStatement(),
})

// Built from the site settings: nothing at build time (the build reads no database), cached on
// the first request and dropped whenever the settings are saved (revalidateAfterGlobalChange).
export const generateStaticParams = async () => []

export default async function AccessibilityStatementPage({ params }: Props) {
  if ((await params).rest) return <NotFoundResponse />
  return <AccessibilityStatement settings={await getSiteSettings()} siteUrl={env().siteUrl} />
}
