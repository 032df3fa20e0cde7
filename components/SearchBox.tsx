type Props = {
  /** id of the input; each search box on a page needs its own */
  id?: string
  label?: string
  defaultValue?: string
  className?: string
}

export function SearchBox({ id = 'search-query', label = 'Szukaj w portalu', defaultValue, className }: Props) {
  return (
    <form action="/szukaj" method="get" role="search" aria-label={label} className={className ?? 'search-box'}>
      <label htmlFor={id}>
        {label}
      </label>
      <input id={id} name="q" type="search" maxLength={200} defaultValue={defaultValue} autoComplete="off" />
      <button type="submit">Szukaj</button>
    </form>
  )
}
