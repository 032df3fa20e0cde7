/** The throw-away production server the browser tests run against (see scripts/e2e-server.sh). */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100)
export const E2E_BASE_URL = `http://127.0.0.1:${E2E_PORT}`
export const E2E_ADMIN = { email: 'e2e-admin@konstancin-jeziorna.example', password: 'e2e-haslo-administratora' }
export const ARTICLE_PATH = '/aktualnosci/konstancin-jeziorna-zostal-czlonkiem-zwiazku-miast-polskich'
