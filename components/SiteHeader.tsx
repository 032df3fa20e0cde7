import Link from 'next/link'

import { paths } from '@/lib/routes'

import { MainMenu } from './MainMenu'
import { SearchBox } from './SearchBox'

export function SiteHeader({ siteName, tagline }: { siteName: string; tagline?: string | null }) {
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link href={paths.home()} className="site-header__brand">
          <span className="site-header__name">{siteName}</span>
          {tagline ? <span className="site-header__tagline">{tagline}</span> : null}
        </Link>
        <SearchBox id="site-search" label="Czego szukasz?" className="site-header__search" />
      </div>
      <MainMenu />
    </header>
  )
}
