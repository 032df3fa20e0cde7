import Link from 'next/link'

type Props = { page: number; totalPages: number; hrefFor: (page: number) => string }

export function Pagination({ page, totalPages, hrefFor }: Props) {
  if (totalPages <= 1) return null
  return (
    <nav aria-label="Strony listy" className="pagination">
      <ul>
        {page > 1 ? (
          <li>
            <Link href={hrefFor(page - 1)} rel="prev">
              ← Nowsze
            </Link>
          </li>
        ) : null}
        <li aria-current="page">
          Strona {page} z {totalPages}
        </li>
        {page < totalPages ? (
          <li>
            <Link href={hrefFor(page + 1)} rel="next">
              Starsze →
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  )
}
