import { randomBytes } from 'node:crypto'
import { rmSync } from 'node:fs'

import { freePort } from '../../scripts/stack/freePort'
import { seedDatabase } from '../../scripts/stack/seedDatabase'
import { type Stack, startStack } from '../../scripts/stack/startStack'
import { E2E_ADMIN, E2E_SEARCH_RATE_LIMIT, E2E_SERVER_ENV } from '../server'

export type StackUnderTest = { stack: Stack; database: string; stop: () => Promise<void> }

/**
 * The production stack (Redis, two app instances, nginx) on ports free at run time, on the
 * browser tests' build (a private copy of it: see StackOptions.privateBuildCopy) and a
 * freshly seeded database of its own.
 */
export async function startStackUnderTest(): Promise<StackUnderTest> {
  const database = `data/stack-${randomBytes(4).toString('hex')}.db`
  const [edgePort, first, second, redisPort] = [await freePort(), await freePort(), await freePort(), await freePort()]
  const env = {
    ...E2E_SERVER_ENV,
    DATABASE_URI: `file:./${database}`,
    SITE_URL: `http://127.0.0.1:${edgePort}`,
    ADMIN_EMAIL: E2E_ADMIN.email,
    ADMIN_PASSWORD: E2E_ADMIN.password,
    SEARCH_RATE_LIMIT: String(E2E_SEARCH_RATE_LIMIT),
    SEARCH_RATE_WINDOW_SECONDS: '30',
  }
  seedDatabase(env)
  const removeDatabase = () => {
    for (const suffix of ['', '-wal', '-shm', '.away']) rmSync(`${database}${suffix}`, { recursive: true, force: true })
  }
  try {
    const stack = await startStack({ edgePort, appPorts: [first, second], redisPort, env, privateBuildCopy: true, appOutput: 'ignore', accessLog: true })
    return {
      stack,
      database,
      stop: async () => {
        await stack.stop()
        removeDatabase()
      },
    }
  } catch (error) {
    removeDatabase()
    throw error
  }
}
