/**
 * npm run restore -- <folder>
 * Brings back a snapshot written by `npm run backup`: the SQLite database and media/.
 * Stop the portal first; start it again afterwards.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { restoreSqlite, sqliteFilePath } from '../lib/backup/sqliteBackup'
import { parseEnv } from '../lib/env'

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
if (existsSync(path.join(projectRoot, '.env'))) process.loadEnvFile(path.join(projectRoot, '.env'))

async function main() {
  const source = process.argv[2]
  if (!source) throw new Error('podaj katalog kopii: npm run restore -- backups/<data>')
  const settings = parseEnv({ ...process.env, NODE_ENV: 'development' })
  if (settings.databaseKind !== 'sqlite') {
    throw new Error('baza MongoDB: kopię przywraca mongorestore (zob. README, „Faults, backups, load”)')
  }
  const database = sqliteFilePath(settings.databaseUri)
  await restoreSqlite(path.resolve(source), database, path.join(projectRoot, 'media'))
  console.log(`Przywrócono ${database} i media/ z ${path.resolve(source)}`)
}

main().catch((error: unknown) => {
  console.error(`Przywracanie nieudane: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`)
  process.exit(1)
})
