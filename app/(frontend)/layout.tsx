import type { Metadata } from 'next'
import type React from 'react'

import { SiteFooter } from '@/components/SiteFooter'
import { SiteHeader } from '@/components/SiteHeader'
import { env } from '@/lib/env'
import { getSiteSettings } from '@/lib/queries/siteSettings'

import './styles.css'

export const metadata: Metadata = {
  metadataBase: new URL(env().siteUrl),
  title: { default: 'Konstancin-Jeziorna', template: '%s | Konstancin-Jeziorna' },
  description: 'Aktualności, głosowania rady i organizacje Gminy Konstancin-Jeziorna.',
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
