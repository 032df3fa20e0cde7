import { randomUUID } from 'node:crypto'
import { rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { drizzle } from 'drizzle-orm/libsql'
import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { migrations } from '@/migrations'

import { databaseKind, describeDb } from './testPayload'

const SESSIONS_MIGRATION = '20261202_191909_sessions_agendas'
const file = path.join(tmpdir(), `portal-migration-${randomUUID()}.db`)
const sqliteOnly = databaseKind === 'sqlite' ? describeDb : describeDb.skip

/**
 * The production path: a database made by the earlier migrations holds votes with the free-text
 * session; Payload starting in production applies the sessions migration, whose data step
 * turns the text into sessions.
 */
sqliteOnly('the sessions migration on a database of the previous schema', () => {
  let payload: Payload

  beforeAll(async () => {
    const client = createClient({ url: `file:${file}` })
    const db = drizzle(client)
    const earlier = migrations.slice(0, migrations.findIndex((m) => m.name === SESSIONS_MIGRATION))
    for (const m of earlier) {
      await m.up({ db, payload: undefined, req: undefined } as never)
      await client.execute({
        sql: 'INSERT INTO payload_migrations (name, batch, updated_at, created_at) VALUES (?, 1, ?, ?)',
        args: [m.name, new Date().toISOString(), new Date().toISOString()],
      })
    }
    const now = '2024-10-01T00:00:00.000Z'
    await client.execute(
      `INSERT INTO organisations (id, name, slug, classification, seats, updated_at, created_at) VALUES (1, 'Rada', 'rada', 'council', 21, '${now}', '${now}')`,
    )
    const vote = (id: number, session: string | null, status: string) =>
      client.execute({
        sql: `INSERT INTO votes (id, title, slug, organization_id, session, start_date, start_date_precision, motion,
          counts_yes, counts_no, counts_abstain, counts_absent, majority_rule, result, updated_at, created_at, _status)
          VALUES (?, ?, ?, 1, ?, ?, 'month', 'Wniosek', 11, 5, 3, 2, 'simple', 'pass', ?, ?, ?)`,
        args: [id, `Głosowanie ${id}`, `glosowanie-${id}`, session, now, now, now, status],
      })
    await vote(1, 'sesja październikowa 2024', 'published')
    await vote(2, 'sesja październikowa 2024', 'draft')
    await vote(3, null, 'published')
    client.close()

    Object.assign(process.env, {
      NODE_ENV: 'production',
      DATABASE_URI: `file:${file}`,
      PAYLOAD_SECRET: 'migration-test-secret-0123456789abcdef',
      SITE_URL: 'http://127.0.0.1:3619',
      ADMIN_PASSWORD: 'migration-test-admin-password',
    })
    const { getPayload } = await import('payload')
    const { default: config } = await import('@payload-config')
    payload = await getPayload({ config })
  })
  afterAll(async () => {
    await payload?.destroy()
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${file}${suffix}`, { force: true })
  })

  it('makes one session of the text, links both votes, keeps the text, leaves the vote without a session alone', async () => {
    const sessions = await payload.find({ collection: 'sessions', depth: 0 })
    expect(sessions.docs.map((s) => [s.name, s.slug, s.status, s.startDatePrecision])).toEqual([
      ['Sesja październikowa 2024', 'sesja-pazdziernikowa-2024', 'held', 'month'],
    ])
    expect(sessions.docs[0].agenda?.map((item) => item.vote)).toEqual([1, 2])
    const votes = await payload.find({ collection: 'votes', sort: 'id', depth: 0, draft: false })
    expect(votes.docs.map((v) => [v.id, v.session ?? null, v.sessionLabel ?? null, v._status])).toEqual([
      [1, sessions.docs[0].id, 'sesja październikowa 2024', 'published'],
      [2, sessions.docs[0].id, 'sesja październikowa 2024', 'draft'],
      [3, null, null, 'published'],
    ])
  })
})
