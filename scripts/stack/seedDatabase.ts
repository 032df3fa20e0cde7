import { spawnSync } from 'node:child_process'

/** `npm run seed -- --if-empty` for the stack's database, as production does (migrations applied). */
export function seedDatabase(env: Record<string, string | undefined>): void {
  const result = spawnSync('npx', ['tsx', 'seed/run.ts', '--if-empty'], {
    env: { ...process.env, ...env, NODE_ENV: 'production' },
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  if (result.status !== 0) throw new Error('seed bazy danych nieudany (komunikat powyżej)')
}
