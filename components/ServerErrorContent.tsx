import type { ReactNode } from 'react'

import { SearchBox } from '@/components/SearchBox'

/** The error page's text (inside the site's header and footer), on the server and in the browser. */
export function ServerErrorContent({ children }: { children?: ReactNode }) {
  return (
    <div className="not-found">
      <h1>Przepraszamy, wystąpił błąd</h1>
      <p>Nie udało się wyświetlić tej strony. Spróbuj ponownie za chwilę albo poszukaj w portalu.</p>
      {children}
      <SearchBox />
      <ul>
        <li>
          <a href="/">Strona główna</a>
        </li>
      </ul>
    </div>
  )
}
