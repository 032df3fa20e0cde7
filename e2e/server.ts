import { freePortSync } from './freePort'

/** The throw-away production server the browser tests run against (see scripts/e2e-server.sh). */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100)
export const E2E_BASE_URL = `http://127.0.0.1:${E2E_PORT}`
export const E2E_ADMIN = { email: 'e2e-admin@konstancin-jeziorna.example', password: 'e2e-haslo-administratora' }
export const ARTICLE_PATH = '/aktualnosci/konstancin-jeziorna-zostal-czlonkiem-zwiazku-miast-polskich'
export const E2E_LOGIN_RATE_LIMIT = 5
export const E2E_SEARCH_RATE_LIMIT = 5

/**
 * Where the server sends e-mail: the SMTP server a test starts (tests/support/smtpServer.ts).
 * Chosen free once per run; the environment hands it to the test workers.
 */
export const E2E_SMTP_PORT = Number((process.env.E2E_SMTP_PORT ??= String(freePortSync())))
export const E2E_MAIL_FROM = 'Portal Gminy Konstancin-Jeziorna <portal@konstancin-jeziorna.example>'

/** The server's environment, passed to scripts/e2e-server.sh by playwright.config.ts. */
export const E2E_SERVER_ENV = {
  NODE_ENV: 'production',
  PAYLOAD_SECRET: 'e2e-only-secret-7f3a9c2b41d84e6f9a0b5c7d2e1f4a6b',
  ADMIN_EMAIL: E2E_ADMIN.email,
  ADMIN_PASSWORD: E2E_ADMIN.password,
  // Short windows, so that the tests see service come back after the limit.
  LOGIN_RATE_LIMIT: String(E2E_LOGIN_RATE_LIMIT),
  LOGIN_RATE_WINDOW_SECONDS: '3',
  SEARCH_RATE_LIMIT: String(E2E_SEARCH_RATE_LIMIT),
  SEARCH_RATE_WINDOW_SECONDS: '3',
  SMTP_HOST: '127.0.0.1',
  SMTP_PORT: String(E2E_SMTP_PORT),
  SMTP_SECURITY: 'none',
  SMTP_FROM: E2E_MAIL_FROM,
} as const
export const VOTE_PATH = '/glosowania/przystapienie-gminy-konstancin-jeziorna-do-zwiazku-miast-polskich'
export const ORGANISATION_PATH = '/organizacje/zwiazek-miast-polskich'
export const CATEGORY_PATH = '/aktualnosci/kategoria/samorzad'
