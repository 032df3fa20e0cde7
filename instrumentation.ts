/**
 * Runs once when the server starts, before it answers requests: checks the
 * environment and exits with a one-line reason on a bad value. Payload is not started
 * here: this file is bundled apart from the routes, and a Payload instance made by its
 * copy of the code breaks `instanceof` checks in the routes' copy (REST errors lose
 * their field details). Payload applies committed migrations when it starts, on the
 * first request or in the seed, before anything is served.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return
  const { setServerTimeZone } = await import('./lib/admin/timezones')
  setServerTimeZone()
  const { env, EnvError } = await import('./lib/env')
  const { adminAccountFromEnv, AdminAccountError } = await import('./seed/adminAccount')
  try {
    const settings = env()
    adminAccountFromEnv(process.env, settings.nodeEnv === 'production')
  } catch (error) {
    if (!(error instanceof EnvError) && !(error instanceof AdminAccountError)) throw error
    console.error(`Portal nie został uruchomiony: ${error.message}`)
    process.exit(1)
  }
  if (env().redisUrl) {
    // Connect now (not awaited: a Redis that is down must not hold the start) and listen
    // for other instances' change notices before the first request.
    const { redisConnection } = await import('./lib/redis/connection.mjs')
    redisConnection()
    await Promise.all([import('./lib/redirects/redirectsChanged'), import('./lib/search/searchIndexChanged')])
  }
}

/**
 * A request failed on the server: check the database (with the probe the routes
 * registered); if it does not answer, public pages switch to 503 until it does (proxy.ts).
 */
export async function onRequestError() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { checkDatabase } = await import('./lib/health/databaseHealth')
  await checkDatabase()
}
