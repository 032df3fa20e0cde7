import Link from 'next/link'

import { SEARCH_KIND_LABELS } from '@/lib/search/kinds'
import type { SearchHit } from '@/lib/search/findInIndex'

import { DateText } from './DateText'

/** Search results: the kind of each, its title linked, its date and a snippet with the match marked. */
export function SearchResultList({ hits, start }: { hits: SearchHit[]; start: number }) {
  return (
    <ol className="card-list search-results" start={start}>
      {hits.map((hit) => (
        <li key={hit.id} className="card">
          <p className="search-results__kind">{SEARCH_KIND_LABELS[hit.kind]}</p>
          <h2 className="card__title">{hit.path ? <Link href={hit.path}>{hit.title}</Link> : hit.title}</h2>
          {hit.date ? (
            <p className="card__meta">
              <DateText value={hit.date} precision={hit.kind === 'vote' ? 'month' : 'day'} />
            </p>
          ) : null}
          {hit.snippet.length > 0 ? (
            <p className="card__lead">
              {hit.snippet.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : part.text))}
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  )
}
