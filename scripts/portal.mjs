#!/usr/bin/env node
/**
 * npm run portal: one command from a fresh checkout to a running portal.
 * Writes .env with a random secret and admin password on the first run, builds the
 * production bundle, seeds an empty database, and serves http://localhost:3000.
 */
import { spawnSync } from 'node:child_process'

import { ENV_FILE, loadOrCreateEnvFile } from './envFile.mjs'

loadOrCreateEnvFile()
process.env.NODE_ENV = 'production'

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env })
  if (result.status !== 0) {
    console.error(`Nie udało się: ${command} ${args.join(' ')}`)
    process.exit(result.status ?? 1)
  }
}

run('npx', ['next', 'build'])
run('npx', ['tsx', 'seed/run.ts', '--if-empty'])
console.log(
  `\nPortal: http://localhost:3000  ·  panel: http://localhost:3000/admin\n` +
    `Logowanie: ${process.env.ADMIN_EMAIL} / hasło w pliku ${ENV_FILE} (ADMIN_PASSWORD)\n`,
)
run('bash', ['scripts/start.sh', '-p', '3000'])
