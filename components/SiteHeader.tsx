import Link from 'next/link'

const SECTIONS = [
  { href: '/aktualnosci', label: 'Aktualności' },
  { href: '/glosowania', label: 'Głosowania rady' },
  { href: '/organizacje', label: 'Organizacje' },
]

export function SiteHeader({ siteName, tagline }: { siteName: string; tagline?: string | null }) {
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link href="/" className="site-header__brand">
          <span className="site-header__name">{siteName}</span>
          {tagline ? <span className="site-header__tagline">{tagline}</span> : null}
        </Link>
        <nav aria-label="Główne działy" className="site-header__nav">
          <ul>
            {SECTIONS.map((s) => (
              <li key={s.href}>
                <Link href={s.href}>{s.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  )
}
