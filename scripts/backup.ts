/**
 * npm run backup [-- <folder>]
 * A consistent snapshot of the SQLite database and the media/ folder, safe while the
 * portal runs; by default into backups/<date-time>/. MongoDB: use mongodump (README).
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { backupSqlite, sqliteFilePath } from '../lib/backup/sqliteBackup'
import { parseEnv } from '../lib/env'

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
if (existsSync(path.join(projectRoot, '.env'))) process.loadEnvFile(path.join(projectRoot, '.env'))

async function main() {
  const settings = parseEnv({ ...process.env, NODE_ENV: 'development' })
  if (settings.databaseKind !== 'sqlite') {
    throw new Error('baza MongoDB: kopię robi mongodump (zob. README, „Faults, backups, load”)')
  }
  const stamp = new Date().toISOString().replace(/[:.]/g, '-')
  const target = path.resolve(process.argv[2] ?? path.join(projectRoot, 'backups', stamp))
  await backupSqlite(sqliteFilePath(settings.databaseUri), path.join(projectRoot, 'media'), target)
  console.log(`Kopia zapisana w ${target}`)
}

main().catch((error: unknown) => {
  console.error(`Kopia nieudana: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`)
  process.exit(1)
})
