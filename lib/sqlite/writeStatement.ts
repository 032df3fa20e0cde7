const READ_ONLY = /^\s*(select|explain|values)\b/i
const COMMON_TABLE = /^\s*with\b/i
const WRITE_KEYWORD = /\b(insert|update|delete|replace)\b/i
const PRAGMA_QUERY = /^\s*pragma\s+[\w.]+\s*;?\s*$/i

export type Statement = string | { sql: string }

/**
 * Whether a statement may take SQLite's write lock. Anything not recognised as a read
 * counts as a write: a read that waits its turn costs a little time, a write that does
 * not wait blocks the process.
 */
export function isWriteStatement(statement: Statement): boolean {
  const sql = typeof statement === 'string' ? statement : statement.sql
  if (READ_ONLY.test(sql) || PRAGMA_QUERY.test(sql)) return false
  if (COMMON_TABLE.test(sql)) return WRITE_KEYWORD.test(sql)
  return true
}
