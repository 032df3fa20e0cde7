import Link from 'next/link'

type Props = {
  page: number
  totalPages: number
  hrefFor: (page: number) => string
  /** what the list is, for the nav's label */
  label?: string
  previousLabel?: string
  nextLabel?: string
}

export function Pagination({
  page,
  totalPages,
  hrefFor,
  label = 'Strony listy',
  previousLabel = '← Nowsze',
  nextLabel = 'Starsze →',
}: Props) {
  if (totalPages <= 1) return null
  return (
    <nav aria-label={label} className="pagination">
      <ul>
        {page > 1 ? (
          <li>
            <Link href={hrefFor(page - 1)} rel="prev">
              {previousLabel}
              <span className="visually-hidden"> (strona {page - 1})</span>
            </Link>
          </li>
        ) : null}
        <li aria-current="page">
          Strona {page} z {totalPages}
        </li>
        {page < totalPages ? (
          <li>
            <Link href={hrefFor(page + 1)} rel="next">
              {nextLabel}
              <span className="visually-hidden"> (strona {page + 1})</span>
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  )
}
