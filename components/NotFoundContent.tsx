import Link from 'next/link'

import { SearchBox } from '@/components/SearchBox'

/** The 404 page's text, search box and links (inside the site's header and footer). */
export function NotFoundContent() {
  return (
    <div className="not-found">
      <h1>Nie znaleziono strony</h1>
      <p>Strona o tym adresie nie istnieje albo została przeniesiona. Sprawdź adres lub poszukaj w portalu.</p>
      <SearchBox />
      <ul>
        <li>
          <Link href="/">Strona główna</Link>
        </li>
        <li>
          <Link href="/aktualnosci">Aktualności</Link>
        </li>
        <li>
          <Link href="/glosowania">Głosowania rady</Link>
        </li>
      </ul>
    </div>
  )
}
