import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { createClient } from '@libsql/client'

export const SNAPSHOT_DATABASE = 'portal.db'
export const SNAPSHOT_MEDIA = 'media'

export class BackupError extends Error {}

/** The path of a `file:` SQLite URL. */
export function sqliteFilePath(databaseUri: string): string {
  return path.resolve(databaseUri.replace(/^file:/, '').replace(/\?.*$/, ''))
}

/**
 * A consistent copy while the portal runs: `VACUUM INTO` reads the database in one
 * transaction (writers carry on in the WAL), then the media folder is copied, so every
 * upload the snapshot names is in it.
 */
export async function backupSqlite(databaseFile: string, mediaDir: string, targetDir: string): Promise<void> {
  if (!existsSync(databaseFile)) throw new BackupError(`brak pliku bazy danych ${databaseFile}`)
  if (existsSync(targetDir) && readdirSync(targetDir).length > 0) {
    throw new BackupError(`katalog ${targetDir} nie jest pusty`)
  }
  mkdirSync(targetDir, { recursive: true })
  const client = createClient({ url: `file:${databaseFile}` })
  try {
    await client.execute({ sql: 'VACUUM INTO ?', args: [path.join(targetDir, SNAPSHOT_DATABASE)] })
  } finally {
    client.close()
  }
  if (existsSync(mediaDir)) cpSync(mediaDir, path.join(targetDir, SNAPSHOT_MEDIA), { recursive: true })
  writeFileSync(
    path.join(targetDir, 'backup.json'),
    `${JSON.stringify({ createdAt: new Date().toISOString(), database: SNAPSHOT_DATABASE, media: SNAPSHOT_MEDIA }, null, 2)}\n`,
  )
}

/**
 * Puts a snapshot back: the database file (its old WAL and shared-memory files go, as
 * they belong to the replaced file) and the media folder. The portal must be stopped.
 */
export async function restoreSqlite(sourceDir: string, databaseFile: string, mediaDir: string): Promise<void> {
  const snapshot = path.join(sourceDir, SNAPSHOT_DATABASE)
  if (!existsSync(snapshot)) throw new BackupError(`w ${sourceDir} nie ma kopii bazy (${SNAPSHOT_DATABASE})`)
  await checkIntegrity(snapshot)

  mkdirSync(path.dirname(databaseFile), { recursive: true })
  const incoming = `${databaseFile}.restoring`
  cpSync(snapshot, incoming)
  for (const suffix of ['-wal', '-shm', '-journal']) rmSync(`${databaseFile}${suffix}`, { force: true })
  renameSync(incoming, databaseFile)

  const media = path.join(sourceDir, SNAPSHOT_MEDIA)
  rmSync(mediaDir, { recursive: true, force: true })
  if (existsSync(media)) cpSync(media, mediaDir, { recursive: true })
}

async function checkIntegrity(file: string): Promise<void> {
  const client = createClient({ url: `file:${file}` })
  try {
    const { rows } = await client.execute('PRAGMA integrity_check')
    const verdict = String(Object.values(rows[0] ?? {})[0] ?? '')
    if (verdict !== 'ok') throw new BackupError(`kopia ${file} jest uszkodzona: ${verdict}`)
  } catch (error) {
    if (error instanceof BackupError) throw error
    throw new BackupError(`kopia ${file} nie jest bazą SQLite: ${(error as Error).message.split('\n')[0]}`)
  } finally {
    client.close()
  }
}
