import { describe, expect, it } from 'vitest'

import { beginningAtFirstStatement, type Transaction } from '@/lib/sqlite/lazyTransaction'
import { Turns } from '@/lib/sqlite/turns'
import { isWriteStatement } from '@/lib/sqlite/writeStatement'

describe('which statements take a write turn', () => {
  it.each([
    'insert into "users" ("email") values (?)',
    '  UPDATE "users" set "login_attempts" = ?',
    'delete from "categories" where "id" = ?',
    'with "x" as (select 1) insert into "t" select * from "x"',
    'create table "t" ("id" integer)',
    'PRAGMA journal_mode = WAL',
    'savepoint sp0',
  ])('%s is a write', (sql) => expect(isWriteStatement({ sql })).toBe(true))

  it.each(['select "id" from "users"', 'WITH "x" AS (SELECT 1) SELECT "updated_at" FROM "x"', 'PRAGMA journal_mode', 'explain select 1'])(
    '%s is a read',
    (sql) => expect(isWriteStatement(sql)).toBe(false),
  )
})

describe('turns', () => {
  it('gives the turn to one holder at a time, in the order asked', async () => {
    const turns = new Turns()
    const order: string[] = []
    const first = await turns.take()
    const second = turns.take().then((release) => (order.push('second'), release))
    order.push('first')
    first()
    ;(await second)()
    expect(order).toEqual(['first', 'second'])
  })

  it('a write that waits too long fails as SQLite would, and the turn passes on', async () => {
    const turns = new Turns()
    const held = await turns.take()
    await expect(turns.takeWithin(20)).rejects.toMatchObject({ code: 'SQLITE_BUSY' })
    held()
    const next = await turns.takeWithin(1000)
    next()
  })
})

describe('a transaction begins at its first statement', () => {
  const fakeTransaction = (log: string[]): Transaction => ({
    execute: async () => log.push('execute'),
    batch: async () => log.push('batch'),
    executeMultiple: async () => void log.push('executeMultiple'),
    commit: async () => void log.push('commit'),
    rollback: async () => void log.push('rollback'),
    close: () => void log.push('close'),
    closed: false,
  })

  it('an unused transaction never begins', async () => {
    const log: string[] = []
    const transaction = beginningAtFirstStatement(async () => (log.push('begin'), fakeTransaction(log)))
    await transaction.commit()
    expect(log).toEqual([])
  })

  it('a used one begins once, then commits', async () => {
    const log: string[] = []
    const transaction = beginningAtFirstStatement(async () => (log.push('begin'), fakeTransaction(log)))
    await transaction.execute()
    await transaction.batch()
    await transaction.commit()
    expect(log).toEqual(['begin', 'execute', 'batch', 'commit'])
    await expect(transaction.execute()).rejects.toMatchObject({ code: 'TRANSACTION_CLOSED' })
  })
})
