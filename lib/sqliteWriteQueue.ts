import type { Payload } from 'payload'

type Transaction = { commit: () => Promise<void>; rollback: () => Promise<void>; close: () => void }

type LibsqlClient = {
  transaction: (mode?: string) => Promise<Transaction>
  execute: (sql: string) => Promise<unknown>
  __portalWriteQueue?: true
}

/**
 * One write transaction at a time in this process, the others wait their turn.
 * SQLite allows one writer; libsql waits for a lock synchronously, blocking the event
 * loop, so a second transaction started while the first is open would stall the first
 * and fail after the timeout (SQLITE_BUSY): two editors saving at once would see an
 * error. The busy timeout still covers other processes (the seed, a backup). It is set
 * on every connection because libsql hands its connection to each transaction and opens
 * a fresh one, without the pragma, for what comes next.
 */
export async function queueWriteTransactions(payload: Payload, busyTimeoutMs: number): Promise<void> {
  const client = (payload.db as unknown as { client?: LibsqlClient }).client
  if (!client || client.__portalWriteQueue) return
  const pragma = `PRAGMA busy_timeout = ${busyTimeoutMs}`
  const begin = client.transaction.bind(client)
  let queue: Promise<void> = Promise.resolve()

  client.transaction = async (mode) => {
    let release!: () => void
    const previous = queue
    queue = new Promise<void>((resolve) => (release = resolve))
    await previous
    try {
      await client.execute(pragma)
      const transaction = await begin(mode)
      await client.execute(pragma)
      return releasingWhenDone(transaction, release)
    } catch (error) {
      release()
      throw error
    }
  }
  client.__portalWriteQueue = true
  await client.execute(pragma)
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
