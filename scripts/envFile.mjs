/**
 * The .env of `npm run portal` and `npm run stack`: written on the first run with a random
 * secret and administrator password, then loaded into process.env.
 */
import { randomBytes } from 'node:crypto'
import { existsSync, writeFileSync } from 'node:fs'

export const ENV_FILE = '.env'

export function loadOrCreateEnvFile() {
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
}
