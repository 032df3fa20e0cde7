/** The kinds of document the search covers, with the Polish label shown beside each result. */
export const SEARCH_KINDS = ['article', 'vote', 'session', 'organisation', 'person', 'page'] as const
export type SearchKind = (typeof SEARCH_KINDS)[number]

export const SEARCH_KIND_LABELS: Record<SearchKind, string> = {
  article: 'Artykuł',
  vote: 'Głosowanie rady',
  session: 'Sesja rady',
  organisation: 'Organizacja',
  person: 'Osoba',
  page: 'Strona',
}
