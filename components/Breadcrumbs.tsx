import Link from 'next/link'

import { paths } from '@/lib/routes'

export type Crumb = { label: string; href: string }

type Props = {
  /** the pages above this one, after the home page */
  trail?: Crumb[]
  /** this page, marked aria-current */
  current: string
}

/** Where the page sits in the portal: home › section › … › this page (GOV.UK breadcrumbs). */
export function Breadcrumbs({ trail = [], current }: Props) {
  const crumbs = [{ label: 'Strona główna', href: paths.home() }, ...trail]
  return (
    <nav aria-label="Ścieżka nawigacji" className="breadcrumbs">
      <ol>
        {crumbs.map((crumb) => (
          <li key={crumb.href}>
            <Link href={crumb.href}>{crumb.label}</Link>
          </li>
        ))}
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  )
}
