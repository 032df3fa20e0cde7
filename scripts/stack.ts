/**
 * npm run stack: the production topology on this machine. Builds if .next has no build,
 * seeds an empty database, then starts Redis, two app instances on one database and nginx
 * in front (deploy/nginx/). Ctrl-C stops all of it.
 * STACK_EDGE_PORT (8080), STACK_APP_PORTS (3001,3002), STACK_REDIS_PORT (6380),
 * STACK_SITE_URL (http://localhost:<edge port>); the rest comes from .env as for `npm run portal`.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

import { loadOrCreateEnvFile } from './envFile.mjs'
import { seedDatabase } from './stack/seedDatabase'
import { type Stack, startStack } from './stack/startStack'

const port = (value: string | undefined, fallback: number) => {
  const parsed = Number(value ?? fallback)
  if (!Number.isInteger(parsed) || parsed < 1 || parsed > 65535) throw new Error(`nieprawidłowy port: ${value}`)
  return parsed
}

async function main() {
  loadOrCreateEnvFile()
  const edgePort = port(process.env.STACK_EDGE_PORT, 8080)
  const appPorts = (process.env.STACK_APP_PORTS ?? '3001,3002').split(',').map((p) => port(p.trim(), 0))
  const redisPort = port(process.env.STACK_REDIS_PORT, 6380)
  const siteUrl = process.env.STACK_SITE_URL ?? `http://localhost:${edgePort}`
  const env = { ...process.env, NODE_ENV: 'production' as const, SITE_URL: siteUrl }

  if (!existsSync('.next/BUILD_ID')) {
    const build = spawnSync('npx', ['next', 'build'], { stdio: 'inherit', env })
    if (build.status !== 0) throw new Error('next build nieudany (komunikat powyżej)')
  }
  seedDatabase(env)

  let stack: Stack | undefined
  let stopping = false
  const stopAll = async (code: number) => {
    if (stopping) return
    stopping = true
    console.log('\nstack: zatrzymuję nginx, instancje portalu i Redis…')
    await stack?.stop()
    process.exit(code)
  }
  process.on('SIGINT', () => void stopAll(0))
  process.on('SIGTERM', () => void stopAll(0))

  stack = await startStack({ edgePort, appPorts, redisPort, env, siteUrl })
  for (const part of [stack.redis, stack.nginx]) {
    part.on('exit', (code) => {
      if (stopping) return
      console.error(`stack: ${part === stack!.redis ? 'redis-server' : 'nginx'} zakończył pracę (kod ${code}); zatrzymuję całość`)
      void stopAll(1)
    })
  }
  for (const instance of stack.instances) {
    instance.process?.on('exit', (code) => {
      if (!stopping) console.error(`stack: instancja ${instance.url} zakończyła pracę (kod ${code}); nginx kieruje ruch do pozostałych`)
    })
  }
  console.log(
    `\nstack: portal ${siteUrl} (nginx → ${stack.instances.map((i) => i.url).join(', ')}; Redis redis://127.0.0.1:${redisPort})\n` +
      `Panel: ${siteUrl}/admin, login ${process.env.ADMIN_EMAIL} / hasło w .env (ADMIN_PASSWORD)\n` +
      `Logi nginx: ${stack.runDir}/error.log · Ctrl-C zatrzymuje wszystko\n`,
  )
}

main().catch((error: unknown) => {
  console.error(`stack: ${String((error as Error)?.message ?? error).split('\n')[0]}`)
  process.exit(1)
})
