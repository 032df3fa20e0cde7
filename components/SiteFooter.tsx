import Link from 'next/link'

import { hasOfficeContact, OfficeContact } from '@/components/OfficeContact'
import { isSafeHref } from '@/lib/richText/safeHref'
import { paths } from '@/lib/routes'
import type { SiteSetting } from '@/payload-types'

type Props = { settings: Partial<SiteSetting> & { municipality: string } }

export function SiteFooter({ settings }: Props) {
  const office = settings.office
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        <div>
          <p className="site-footer__name">{settings.municipality}</p>
          {hasOfficeContact(office) ? <OfficeContact office={office} className="site-footer__address" /> : null}
        </div>
        <nav aria-label="Informacje o portalu">
          <ul>
            <li>
              <Link href={paths.accessibilityStatement()}>Deklaracja dostępności</Link>
            </li>
            {office?.bipUrl ? (
              <li>
                <a href={office.bipUrl}>Biuletyn Informacji Publicznej</a>
              </li>
            ) : null}
            {(settings.footerLinks ?? []).map((link) => (
              <li key={link.id ?? link.url}>
                {isSafeHref(link.url) ? <a href={link.url}>{link.label}</a> : link.label}
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </footer>
  )
}
