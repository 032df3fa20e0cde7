import type { Metadata } from 'next'
import type React from 'react'

import { SiteFooter } from '@/components/SiteFooter'
import { SiteHeader } from '@/components/SiteHeader'
import { env } from '@/lib/env'
import { feedAlternates, SITE_DESCRIPTION, SITE_NAME } from '@/lib/metadata'
import { getSiteSettings } from '@/lib/queries/siteSettings'

import './styles.css'

export const metadata: Metadata = {
  metadataBase: new URL(env().siteUrl),
  title: { default: SITE_NAME, template: `%s | ${SITE_NAME}` },
  description: SITE_DESCRIPTION,
  alternates: { types: feedAlternates() },
  openGraph: { siteName: SITE_NAME, locale: 'pl_PL', type: 'website' },
  twitter: { card: 'summary_large_image' },
}

export default async function FrontendLayout({ children }: { children: React.ReactNode }) {
  const settings = await getSiteSettings()
  return (
    <html lang="pl">
      <body>
        <a href="#main-content" className="skip-link">
          Przejdź do treści
        </a>
        <SiteHeader siteName={settings.siteName} tagline={settings.tagline} />
        <main id="main-content" className="container" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter settings={settings} />
      </body>
    </html>
  )
}
