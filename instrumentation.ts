/**
 * Runs once when the server starts, before it answers requests: checks the
 * environment (one-line reason and exit on a bad value) and, in production, starts
 * Payload so that committed migrations are applied before the first page is served.
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
  if (process.env.NODE_ENV === 'production') {
    const { payloadClient } = await import('./lib/payload')
    await payloadClient()
  }
}
