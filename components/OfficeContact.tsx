import { Fragment, type ReactNode } from 'react'

import { telHref } from '@/lib/siteSettings/contactFields'
import type { SiteSetting } from '@/payload-types'

export type Office = NonNullable<SiteSetting['office']>

/** Whether the settings give any of the office's contact facts. */
export const hasOfficeContact = (office: Office | null | undefined): office is Office =>
  Boolean(office && (office.name || office.street || office.postalCode || office.town || office.phone || office.email))

/** The office's name, address, phone and e-mail as given in the settings, one per line; what is not given is left out. */
export function OfficeContact({ office, className }: { office: Office; className?: string }) {
  const lines: ReactNode[] = [office.name, office.street, [office.postalCode, office.town].filter(Boolean).join(' ')].filter(Boolean)
  if (office.phone) lines.push(<>tel. <a href={telHref(office.phone)}>{office.phone}</a></>)
  if (office.email) lines.push(<>e-mail: <a href={`mailto:${office.email}`}>{office.email}</a></>)
  return (
    <address className={className}>
      {lines.map((line, index) => (
        <Fragment key={index}>
          {index > 0 ? <br /> : null}
          {line}
        </Fragment>
      ))}
    </address>
  )
}
