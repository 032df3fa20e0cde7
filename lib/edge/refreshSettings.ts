/** What the app and the edge's nginx configuration share for the exact refresh (lib/edge/edgeRefresh.ts). */
export const EDGE_REFRESH_HEADER = 'x-portal-edge-refresh'

/** The secret goes into nginx's configuration verbatim: letters, digits, _ and - only. */
export const EDGE_REFRESH_SECRET_PATTERN = /^[A-Za-z0-9_-]{32,200}$/
export const EDGE_REFRESH_SECRET_RULE = 'co najmniej 32 znaki: litery, cyfry, _ lub -'

export type EdgeRefreshSettings = {
  /** where the app reaches the edge, e.g. http://127.0.0.1:8080 or the public https address */
  edgeUrl: string
  /** the public host (SITE_URL's), which the edge's cache key holds */
  publicHost: string
  secret: string
}

