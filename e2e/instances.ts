import { type ChildProcess, spawn } from 'node:child_process'
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { backupSqlite, SNAPSHOT_DATABASE } from '../lib/backup/sqliteBackup'
import { freePort, waitFor } from '../tests/support/ports'
import { E2E_SERVER_ENV } from './server'

/**
 * What the multi-instance tests start next to the e2e server, on the build it made: a
 * real redis-server and two app instances on one copy of the e2e database, each on a
 * port free at run time.
 */

export type Instance = { name: string; base: string; log: string[]; process: ChildProcess }

/** One copy of the e2e database, consistent while the e2e server runs. */
export async function copyOfE2eDatabase(target: string): Promise<void> {
  const work = mkdtempSync(path.join(tmpdir(), 'portal-instances-'))
  try {
    await backupSqlite(path.resolve('data/e2e.db'), path.join(work, 'no-media'), path.join(work, 'snapshot'))
    removeDatabase(target)
    copyFileSync(path.join(work, 'snapshot', SNAPSHOT_DATABASE), target)
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

export function removeDatabase(file: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true })
}

/** An app instance from the e2e build, as production starts it (scripts/start.sh). */
export async function startInstance(
  name: string,
  databaseFile: string,
  extraEnv: Record<string, string>,
): Promise<Instance> {
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  const child = spawn('bash', ['scripts/start.sh', '-p', String(port), '-H', '127.0.0.1'], {
    env: { ...process.env, ...E2E_SERVER_ENV, DATABASE_URI: `file:${databaseFile}`, SITE_URL: base, ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const log: string[] = []
  for (const stream of [child.stdout, child.stderr]) {
    stream?.setEncoding('utf8')
    stream?.on('data', (chunk: string) => log.push(...chunk.split('\n').filter(Boolean)))
  }
  await waitFor(
    async () => {
      if (child.exitCode !== null) throw new Error(`instance ${name} exited: ${log.slice(-5).join(' | ')}`)
      const response = await fetch(`${base}/api/stan-bazy`).catch(() => null)
      return response?.status === 200
    },
    120_000,
    `instance ${name} on ${port}`,
  )
  return { name, base, log, process: child }
}

export async function stopInstance(instance: Instance | undefined): Promise<void> {
  const running = instance?.process
  if (!running || running.exitCode !== null) return
  await new Promise<void>((resolve) => {
    running.once('exit', () => resolve())
    running.kill('SIGTERM')
  })
}

