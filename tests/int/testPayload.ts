import { randomUUID } from 'node:crypto'
import { rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { describe } from 'vitest'
import type { CollectionSlug, Payload } from 'payload'

const kind = process.env.TEST_DATABASE === 'mongodb' ? 'mongodb' : 'sqlite'

/** The suite runs on SQLite always, and on MongoDB only when MONGODB_URI is set. */
export const describeDb = kind === 'mongodb' && !process.env.MONGODB_URI ? describe.skip : describe

export const databaseKind = kind

function throwAwayDatabaseUri(): { uri: string; cleanup: () => void } {
  const name = `portal-test-${randomUUID()}`
  if (kind === 'mongodb') {
    const url = new URL(process.env.MONGODB_URI as string)
    url.pathname = `/${name.replaceAll('-', '_')}`
    return { uri: url.toString(), cleanup: () => {} }
  }
  const file = path.join(tmpdir(), `${name}.db`)
  return {
    uri: `file:${file}`,
    cleanup: () => {
      for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${file}${suffix}`, { force: true })
    },
  }
}

/** A Payload instance on a fresh, throw-away database; `close` drops it. */
export async function startTestPayload(): Promise<{ payload: Payload; close: () => Promise<void> }> {
  const { uri, cleanup } = throwAwayDatabaseUri()
  process.env.DATABASE_URI = uri
  process.env.PAYLOAD_SECRET = 'integration-test-secret-0123456789abcdef'
  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  const payload = await getPayload({ config })
  return {
    payload,
    close: async () => {
      if (kind === 'mongodb') {
        const connection = (payload.db as unknown as { connection?: { dropDatabase: () => Promise<void> } }).connection
        await connection?.dropDatabase()
      }
      await payload.destroy()
      cleanup()
    },
  }
}

export const testAdmin = { email: 'test-admin@konstancin-jeziorna.example', password: 'test-haslo-123456' }

export const ALL_COLLECTIONS: CollectionSlug[] = [
  'articles',
  'votes',
  'organisations',
  'memberships',
  'people',
  'categories',
  'pages',
  'media',
  'redirects',
  'users',
]

/** How many documents each collection holds. */
export const countAll = async (payload: Payload) =>
  Object.fromEntries(
    await Promise.all(
      ALL_COLLECTIONS.map(async (c) => [c, (await payload.count({ collection: c, overrideAccess: true })).totalDocs]),
    ),
  )
