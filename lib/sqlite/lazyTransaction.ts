export type Transaction = {
  execute: (...args: never[]) => Promise<unknown>
  batch: (...args: never[]) => Promise<unknown>
  executeMultiple: (sql: string) => Promise<void>
  commit: () => Promise<void>
  rollback: () => Promise<void>
  close: () => void
  readonly closed: boolean
}

/**
 * A transaction that begins at its first statement. Payload opens a transaction at the
 * start of an operation and may write outside it before using it (forgot-password
 * reserves the request that way): begun at once, the transaction would hold the write
 * lock that this outside write waits for. A transaction never used takes no lock at all.
 */
export function beginningAtFirstStatement(begin: () => Promise<Transaction>): Transaction {
  let started: Promise<Transaction> | undefined
  let finished = false
  const open = () => {
    if (finished) return Promise.reject(Object.assign(new Error('The transaction is closed'), { code: 'TRANSACTION_CLOSED' }))
    return (started ??= begin())
  }
  /** The begun transaction, if any; one that failed to begin holds nothing to end. */
  const begun = async () => (started ? started.catch(() => undefined) : undefined)
  return {
    execute: async (...args) => (await open()).execute(...args),
    batch: async (...args) => (await open()).batch(...args),
    executeMultiple: async (sql) => (await open()).executeMultiple(sql),
    commit: async () => {
      const transaction = started && (await started)
      finished = true
      await transaction?.commit()
    },
    rollback: async () => {
      finished = true
      await (await begun())?.rollback()
    },
    close: () => {
      finished = true
      void begun().then((transaction) => transaction?.close())
    },
    get closed() {
      return finished
    },
  }
}
