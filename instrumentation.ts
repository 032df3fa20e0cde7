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
  const { env, EnvError } = await import('./lib/env')
  try {
    env()
  } catch (error) {
    if (!(error instanceof EnvError)) throw error
    console.error(`Portal nie został uruchomiony: ${error.message}`)
    process.exit(1)
  }
}
