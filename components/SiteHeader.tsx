import Link from 'next/link'

import { paths } from '@/lib/routes'

import { SearchBox } from './SearchBox'

const SECTIONS = [
  { href: paths.articles(), label: 'Aktualności' },
  { href: paths.sessions(), label: 'Sesje' },
  { href: paths.votes(), label: 'Głosowania rady' },
  { href: paths.councillors(), label: 'Radni' },
  { href: paths.organisations(), label: 'Organizacje' },
]

export function SiteHeader({ siteName, tagline }: { siteName: string; tagline?: string | null }) {
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link href={paths.home()} className="site-header__brand">
          <span className="site-header__name">{siteName}</span>
          {tagline ? <span className="site-header__tagline">{tagline}</span> : null}
        </Link>
        <SearchBox id="site-search" label="Szukaj" hideLabel className="site-header__search" />
      </div>
      <nav aria-label="Główne działy" className="site-header__nav">
        <ul className="container">
          {SECTIONS.map((s) => (
            <li key={s.href}>
              <Link href={s.href}>{s.label}</Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  )
}
