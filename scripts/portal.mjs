#!/usr/bin/env node
/**
 * npm run portal: one command from a fresh checkout to a running portal.
 * Writes .env with a random secret and admin password on the first run, builds the
 * production bundle, seeds an empty database, and serves http://localhost:3000.
 */
import { randomBytes } from 'node:crypto'
import { existsSync, writeFileSync } from 'node:fs'
import { spawnSync } from 'node:child_process'

const ENV_FILE = '.env'

if (!existsSync(ENV_FILE)) {
  const password = randomBytes(12).toString('base64url')
  writeFileSync(
    ENV_FILE,
    [
      '# Written by `npm run portal` on first run. Keep it out of version control.',
      `PAYLOAD_SECRET=${randomBytes(32).toString('hex')}`,
      'SITE_URL=http://localhost:3000',
      'DATABASE_URI=file:./data/portal.db',
      'ADMIN_EMAIL=admin@konstancin-jeziorna.example',
      `ADMIN_PASSWORD=${password}`,
      '',
    ].join('\n'),
    { mode: 0o600 },
  )
  console.log(`Utworzono ${ENV_FILE} z losowym sekretem i hasłem administratora.`)
}
process.loadEnvFile(ENV_FILE)
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
