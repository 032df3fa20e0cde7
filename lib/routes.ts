/** Public URL of each kind of document: the one place that knows the Polish paths. */
export const paths = {
  home: () => '/',
  articles: () => '/aktualnosci',
  articlesPage: (n: number) => (n <= 1 ? '/aktualnosci' : `/aktualnosci/strona/${n}`),
  article: (slug: string) => `/aktualnosci/${slug}`,
  category: (slug: string) => `/aktualnosci/kategoria/${slug}`,
  categoryPage: (slug: string, n: number) =>
    n <= 1 ? `/aktualnosci/kategoria/${slug}` : `/aktualnosci/kategoria/${slug}/strona/${n}`,
  search: (query: string) => `/szukaj?q=${encodeURIComponent(query)}`,
  votes: () => '/glosowania',
  votesPage: (n: number) => (n <= 1 ? '/glosowania' : `/glosowania/strona/${n}`),
  vote: (slug: string) => `/glosowania/${slug}`,
  organisations: () => '/organizacje',
  organisationsPage: (n: number) => (n <= 1 ? '/organizacje' : `/organizacje/strona/${n}`),
  organisation: (slug: string) => `/organizacje/${slug}`,
  sessions: () => '/sesje',
  sessionsPage: (n: number) => (n <= 1 ? '/sesje' : `/sesje/strona/${n}`),
  session: (slug: string) => `/sesje/${slug}`,
  sessionsCalendar: () => '/sesje.ics',
  councillors: () => '/radni',
  councillorsPage: (n: number) => (n <= 1 ? '/radni' : `/radni/strona/${n}`),
  councillor: (slug: string) => `/radni/${slug}`,
  page: (slug: string) => `/${slug}`,
  accessibilityStatement: () => '/deklaracja-dostepnosci',
  feed: () => '/rss.xml',
  categoryFeed: (slug: string) => `/aktualnosci/kategoria/${slug}/rss.xml`,
  openData: () => '/dane',
  shareImage: () => '/grafika/udostepnianie.png',
  logo: () => '/grafika/logo.png',
  preview: (collection: 'articles', id: number | string) => `/podglad?kolekcja=${collection}&id=${id}`,
} as const

/**
 * Pages without a path parameter are served by a parameterised route, reached through a
 * rewrite: `next build` then renders nothing (it reads no database) and each page is
 * cached on its first request, like an article (see next.config.ts).
 */
export const CACHED_LIST_ROUTES = {
  '/': '/strona-glowna',
  '/aktualnosci': '/aktualnosci/strona/1',
  '/glosowania': '/glosowania/strona/1',
  '/organizacje': '/organizacje/strona/1',
  '/sesje': '/sesje/strona/1',
  '/radni': '/radni/strona/1',
} as const

/** First path segments taken by the portal itself; a static page may not use them. */
export const RESERVED_TOP_LEVEL_PATHS = [
  'admin',
  'api',
  'aktualnosci',
  'glosowania',
  'organizacje',
  'sesje',
  'sesje.ics',
  'radni',
  'powiadomienia',
  'szukaj',
  'strona-glowna',
  'deklaracja-dostepnosci',
  'podglad',
  'dane',
  'news',
  'media',
  'grafika',
  'rss.xml',
  'sitemap.xml',
  'news-sitemap.xml',
  'robots.txt',
] as const
