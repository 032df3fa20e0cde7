import type { Metadata } from 'next'
import Link from 'next/link'

import { Breadcrumbs } from '@/components/Breadcrumbs'
import { NoSearchResults } from '@/components/NoSearchResults'
import { Pagination } from '@/components/Pagination'
import { SearchBox } from '@/components/SearchBox'
import { SearchResultList } from '@/components/SearchResultList'
import { plural } from '@/lib/plural'
import { searchPortal } from '@/lib/queries/search'
import { paths } from '@/lib/routes'
import { RESULTS_PER_PAGE } from '@/lib/search/findInIndex'
import { MAX_QUERY_LENGTH, parseSearchParams } from '@/lib/search/searchParams'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

const searchHref = (query: string) => (page: number) =>
  `${paths.search(query)}${page > 1 ? `&strona=${page}` : ''}`

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { query } = parseSearchParams(await searchParams)
  return {
    title: query ? `Wyniki wyszukiwania: ${query}` : 'Szukaj w portalu',
    robots: { index: false, follow: true },
  }
}

/** /szukaj?q=…&strona=N: the one page that reads its query string, so it renders per request. */
export default async function SearchPage({ searchParams }: Props) {
  const { query, truncated, tokens, page } = parseSearchParams(await searchParams)
  const results = tokens.length > 0 ? await searchPortal(tokens, page) : null

  return (
    <>
      <Breadcrumbs current="Szukaj" />
      <h1>{query ? 'Wyniki wyszukiwania' : 'Szukaj w portalu'}</h1>
      <SearchBox defaultValue={query} />
      {truncated ? (
        <p className="notice">Zapytanie było za długie: szukamy według pierwszych {MAX_QUERY_LENGTH} znaków.</p>
      ) : null}

      {!results ? (
        <p>
          {query
            ? 'Zapytanie nie zawiera liter ani cyfr. Wpisz słowo, którego szukasz.'
            : 'Wpisz, czego szukasz: tytuł, nazwę organizacji, nazwisko albo słowo z treści. Polskie znaki nie są wymagane.'}
        </p>
      ) : results.total === 0 ? (
        <NoSearchResults query={query} />
      ) : results.hits.length === 0 ? (
        <p>
          Nie ma strony {page} wyników. <Link href={searchHref(query)(1)}>Wróć do pierwszej strony wyników</Link>.
        </p>
      ) : (
        <>
          <p role="status">
            Znaleziono {results.total} {plural(results.total, ['wynik', 'wyniki', 'wyników'])} dla zapytania „{query}”
            {results.totalPages > 1 ? `, strona ${page} z ${results.totalPages}` : ''}.
          </p>
          <SearchResultList hits={results.hits} start={(page - 1) * RESULTS_PER_PAGE + 1} />
          <Pagination
            page={page}
            totalPages={results.totalPages}
            hrefFor={searchHref(query)}
            label="Strony wyników wyszukiwania"
            previousLabel="← Poprzednie wyniki"
            nextLabel="Następne wyniki →"
          />
        </>
      )}
    </>
  )
}
