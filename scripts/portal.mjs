#!/usr/bin/env node
/**
 * npm run portal: one command from a fresh checkout to a running portal.
 * Writes .env with a random secret and admin password on the first run, builds the
 * production bundle, seeds an empty database, and serves http://localhost:3000.
 *
 * The browser tests start their server through this same script (scripts/e2e-server.sh),
 * so that they test the build and the start that users get; they add only:
 *   --port <n>          another port (default 3000)
 *   --fresh-database    delete the SQLite database first and seed it anew
 *   --skip-build        reuse .next (a quick rerun)
 * Variables already in the environment win over .env (as for Next.js itself).
 */
import { rmSync } from 'node:fs'
import { spawn, spawnSync } from 'node:child_process'
import { parseArgs } from 'node:util'

import { ENV_FILE, loadOrCreateEnvFile } from './envFile.mjs'

const { values: options } = parseArgs({
  options: {
    port: { type: 'string', default: '3000' },
    'fresh-database': { type: 'boolean', default: false },
    'skip-build': { type: 'boolean', default: false },
  },
})
if (!/^\d{1,5}$/.test(options.port)) {
  console.error(`portal: --port musi być numerem portu, podano ${options.port}`)
  process.exit(2)
}

loadOrCreateEnvFile()
process.env.NODE_ENV = 'production'

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env })
  if (result.status !== 0) {
    console.error(`Nie udało się: ${command} ${args.join(' ')}`)
    process.exit(result.status ?? 1)
  }
}

if (options['fresh-database']) {
  const uri = process.env.DATABASE_URI ?? ''
  if (!uri.startsWith('file:')) {
    console.error('portal: --fresh-database usuwa tylko bazę SQLite (DATABASE_URI=file:…)')
    process.exit(2)
  }
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${uri.slice('file:'.length)}${suffix}`, { force: true })
  // Next's data cache (unstable_cache: the site settings) outlives builds and restarts; what it
  // holds came from the database just deleted, and the seed (another process) cannot drop it.
  rmSync(`${process.env.PORTAL_DIST_DIR || '.next'}/cache/fetch-cache`, { recursive: true, force: true })
}
if (!options['skip-build']) run('npx', ['next', 'build'])
run('npx', ['tsx', 'seed/run.ts', ...(options['fresh-database'] ? [] : ['--if-empty'])])
const origin = process.env.SITE_URL ?? `http://localhost:${options.port}`
console.log(
  `\nPortal: ${origin}  ·  panel: ${origin}/admin\n` +
    `Logowanie: ${process.env.ADMIN_EMAIL} / hasło w pliku ${ENV_FILE} (ADMIN_PASSWORD)\n`,
)
// The server runs as a child that this script waits for: a SIGTERM or SIGINT sent to this
// script alone (a process manager, `kill`) is passed on, so the server never outlives it.
const server = spawn('bash', ['scripts/start.sh', '-p', options.port], { stdio: 'inherit', env: process.env })
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => server.kill(signal))
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)))
