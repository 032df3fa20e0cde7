export function SearchBox() {
  return (
    <form action="/szukaj" method="get" role="search" className="search-box">
      <label htmlFor="search-query">Szukaj w portalu</label>
      <input id="search-query" name="q" type="search" maxLength={200} />
      <button type="submit">Szukaj</button>
    </form>
  )
}
