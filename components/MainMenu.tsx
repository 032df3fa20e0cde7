'use client'

import Link from 'next/link'
import { usePathname } from 'next/navigation'

import { paths } from '@/lib/routes'

const SECTIONS = [
  { href: paths.articles(), label: 'Aktualności' },
  { href: paths.sessions(), label: 'Sesje' },
  { href: paths.votes(), label: 'Głosowania rady' },
  { href: paths.councillors(), label: 'Radni' },
  { href: paths.organisations(), label: 'Organizacje' },
]

/** The main sections; the one the reader is in is marked (aria-current, underline), also in the served HTML. */
export function MainMenu() {
  const pathname = usePathname() ?? ''
  return (
    <nav aria-label="Główne działy" className="site-header__nav">
      <ul className="container">
        {SECTIONS.map((s) => {
          const inSection = pathname === s.href || pathname.startsWith(`${s.href}/`)
          return (
            <li key={s.href}>
              <Link href={s.href} aria-current={pathname === s.href ? 'page' : inSection ? 'true' : undefined}>
                {s.label}
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
