import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { existsSync, rmSync } from 'node:fs'

import { processGroupCpuSeconds } from './serverCpu'

/**
 * Starts the production build for a bench, on its own port and a throw-away SQLite
 * database with the seed: builds first when there is no build (or BENCH_BUILD=1).
 */
type RunningServer = { baseUrl: string; stop: () => void; cpuSeconds: () => number }

export async function startProductionServer(port: number): Promise<RunningServer> {
  const baseUrl = `http://127.0.0.1:${port}`
  const env = {
    ...process.env,
    NODE_ENV: 'production' as const,
    DATABASE_URI: 'file:./data/bench.db',
    PAYLOAD_SECRET: 'bench-only-secret-7f3a9c2b41d84e6f9a0b5c7d2e1f4a6b',
    SITE_URL: baseUrl,
    ADMIN_EMAIL: 'bench-admin@konstancin-jeziorna.example',
    ADMIN_PASSWORD: 'bench-haslo-administratora',
    NEXT_TELEMETRY_DISABLED: '1',
    // the bench is one client address sending thousands of searches: lift the per-address limit
    SEARCH_RATE_LIMIT: '1000000',
  }
  const run = (args: string[]) => {
    const result = spawnSync('npx', args, { stdio: 'inherit', env })
    if (result.status !== 0) throw new Error(`nie udało się: npx ${args.join(' ')}`)
  }

  if (process.env.BENCH_BUILD === '1' || !existsSync('.next/BUILD_ID')) run(['next', 'build'])
  for (const suffix of ['', '-wal', '-shm']) rmSync(`data/bench.db${suffix}`, { force: true })
  run(['tsx', 'seed/run.ts'])

  const server: ChildProcess = spawn('bash', ['scripts/start.sh', '-p', String(port), '-H', '127.0.0.1'], {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  })
  const stop = () => {
    if (server.pid) process.kill(-server.pid, 'SIGTERM')
  }
  process.on('exit', stop)
  const cpuSeconds = () => (server.pid ? processGroupCpuSeconds(server.pid) : 0)
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${baseUrl}/aktualnosci`)).ok) return { baseUrl, stop, cpuSeconds }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  stop()
  throw new Error(`serwer nie odpowiedział na ${baseUrl}`)
}
