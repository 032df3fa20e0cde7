import Link from 'next/link'

import { paths } from '@/lib/routes'

/** What to try when nothing was found. */
export function NoSearchResults({ query }: { query: string }) {
  return (
    <div className="no-results">
      <p>
        <strong>Nie znaleźliśmy nic dla zapytania „{query}”.</strong>
      </p>
      <p>Spróbuj:</p>
      <ul>
        <li>sprawdzić pisownię (polskie znaki nie są wymagane: „zwiazek” znajdzie „związek”),</li>
        <li>wpisać mniej słów albo słowa ogólniejsze, np. „rada”, „uchwała”, „związek”,</li>
        <li>wpisać początek słowa zamiast całej odmiany, np. „głosow” zamiast „głosowaniach”,</li>
        <li>
          przejrzeć <Link href={paths.articles()}>aktualności</Link>, <Link href={paths.votes()}>głosowania rady</Link>{' '}
          lub <Link href={paths.organisations()}>organizacje</Link>.
        </li>
      </ul>
    </div>
  )
}
