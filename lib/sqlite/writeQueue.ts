import type { Payload } from 'payload'

import { beginningAtFirstStatement, type Transaction } from './lazyTransaction'
import { Turns } from './turns'
import { isWriteStatement, type Statement } from './writeStatement'

type LibsqlClient = {
  transaction: (mode?: string) => Promise<Transaction>
  execute: (statement: Statement, args?: unknown) => Promise<unknown>
  batch: (statements: Statement[], mode?: string) => Promise<unknown>
  migrate?: (statements: Statement[]) => Promise<unknown>
  executeMultiple: (sql: string) => Promise<void>
  __portalWriteQueue?: true
}

/**
 * How long a write outside any transaction waits for its turn before it fails as
 * `database is locked`, as SQLite's busy timeout would; a flow that writes outside the
 * transaction it is itself using would otherwise wait for ever.
 */
const OUTSIDE_WRITE_WAIT_MS = 15_000

/**
 * Every write of this process takes its turn, one at a time: write transactions and the
 * writes Payload makes outside any transaction (failed-login counters, the forgot-password
 * reservation, job bookkeeping) alike. SQLite allows one writer, and libsql waits for a
 * lock synchronously, blocking the event loop: a write that met a lock held by this same
 * process could never get it, and failed after the busy timeout (SQLITE_BUSY). The busy
 * timeout still covers other processes (the seed, a backup). It is set on every connection
 * because libsql hands its connection to each transaction and opens a fresh one, without
 * the pragma, for what comes next.
 */
export async function queueWrites(payload: Payload, busyTimeoutMs: number): Promise<void> {
  const client = (payload.db as unknown as { client?: LibsqlClient }).client
  if (!client || client.__portalWriteQueue) return
  const pragma = `PRAGMA busy_timeout = ${busyTimeoutMs}`
  const turns = new Turns()
  const execute = client.execute.bind(client)
  const batch = client.batch.bind(client)
  const migrate = client.migrate?.bind(client)
  const executeMultiple = client.executeMultiple.bind(client)
  const begin = client.transaction.bind(client)

  const inTurn = async <T>(write: () => Promise<T>): Promise<T> => {
    const release = await turns.takeWithin(OUTSIDE_WRITE_WAIT_MS)
    try {
      return await write()
    } finally {
      release()
    }
  }

  client.transaction = async (mode) => {
    // A database that cannot be opened fails here, as a transaction begun at once would
    // (the outage check counts on it); a read takes no lock.
    await execute('SELECT 1')
    return beginningAtFirstStatement(async () => {
      const release = await turns.take()
      try {
        await execute(pragma)
        const transaction = await begin(mode)
        await execute(pragma)
        return releasingWhenDone(transaction, release)
      } catch (error) {
        release()
        throw error
      }
    })
  }
  client.execute = (statement, args) =>
    isWriteStatement(statement) ? inTurn(() => execute(statement, args)) : execute(statement, args)
  client.batch = (statements, mode) =>
    mode === 'read' || !statements.some(isWriteStatement) ? batch(statements, mode) : inTurn(() => batch(statements, mode))
  if (migrate) client.migrate = (statements) => inTurn(() => migrate(statements))
  client.executeMultiple = (sql) => inTurn(() => executeMultiple(sql))
  client.__portalWriteQueue = true
  await execute(pragma)
}

function releasingWhenDone(transaction: Transaction, release: () => void): Transaction {
  const finish = <T>(step: () => T): T => {
    try {
      return step()
    } finally {
      release()
    }
  }
  return Object.assign(transaction, {
    commit: ((commit) => () => commit().finally(release))(transaction.commit.bind(transaction)),
    rollback: ((rollback) => () => rollback().finally(release))(transaction.rollback.bind(transaction)),
    close: ((close) => () => finish(close))(transaction.close.bind(transaction)),
  })
}
