import { mkdirSync } from 'node:fs'
import path from 'node:path'

/** Creates the folder of a `file:` SQLite URL, so that a fresh checkout needs no set-up. */
export function ensureSqliteDirectory(url: string): void {
  const file = url.replace(/^file:/, '').replace(/\?.*$/, '')
  if (file && file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
}
