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
  vote: (slug: string) => `/glosowania/${slug}`,
  organisations: () => '/organizacje',
  organisation: (slug: string) => `/organizacje/${slug}`,
  page: (slug: string) => `/${slug}`,
  feed: () => '/rss.xml',
  categoryFeed: (slug: string) => `/aktualnosci/kategoria/${slug}/rss.xml`,
  openData: () => '/dane',
  shareImage: () => '/grafika/udostepnianie.png',
  logo: () => '/grafika/logo.png',
} as const

/** First path segments taken by the portal itself; a static page may not use them. */
export const RESERVED_TOP_LEVEL_PATHS = [
  'admin',
  'api',
  'aktualnosci',
  'glosowania',
  'organizacje',
  'szukaj',
  'dane',
  'news',
  'media',
  'grafika',
  'rss.xml',
  'sitemap.xml',
  'news-sitemap.xml',
  'robots.txt',
] as const
