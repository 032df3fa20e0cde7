import Link from 'next/link'

import { isSafeHref } from '@/lib/richText/safeHref'
import type { SiteSetting } from '@/payload-types'

type Props = { settings: Partial<SiteSetting> & { municipality: string } }

export function SiteFooter({ settings }: Props) {
  const contact = settings.contact
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        <div>
          <p className="site-footer__name">{settings.municipality}</p>
          {contact?.address ? <p className="site-footer__address">{contact.address}</p> : null}
          {contact?.email ? (
            <p>
              <a href={`mailto:${contact.email}`}>{contact.email}</a>
            </p>
          ) : null}
          {contact?.phone ? <p>tel. {contact.phone}</p> : null}
        </div>
        <nav aria-label="Informacje o portalu">
          <ul>
            <li>
              <Link href="/deklaracja-dostepnosci">Deklaracja dostępności</Link>
            </li>
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
