import { spawn, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, rmSync } from 'node:fs'

import { processGroupCpuSeconds } from './serverCpu'

/**
 * A throw-away production server for a bench: the production build (made first when
 * there is none, or with BENCH_BUILD=1), a freshly seeded SQLite database of its own
 * (data/bench.db) and `scripts/start.sh` on its own port, as in production. The
 * per-address limits are lifted: every request of a bench comes from one address.
 */
export type ProductionServer = {
  baseUrl: string
  pid: number
  /** CPU seconds the server has used so far */
  cpuSeconds: () => number
  /** called if the server ends before stop() */
  onUnexpectedExit: (listener: (code: number | null) => void) => void
  stop: () => void
}

export const BENCH_ADMIN = {
  email: 'bench-admin@konstancin-jeziorna.example',
  password: randomBytes(12).toString('hex'),
}

const DATABASE = 'data/bench.db'

type Options = {
  /** Seed before building, for a build that prerenders pages reading the database. */
  seedBeforeBuild?: boolean
  /** A second instance on the database an earlier call seeded (no build, no seed), with this environment added. */
  joining?: Record<string, string>
}

export async function startProductionServer(port: number, options: Options = {}): Promise<ProductionServer> {
  const baseUrl = `http://127.0.0.1:${port}`
  const env = {
    ...process.env,
    NODE_ENV: 'production' as const,
    DATABASE_URI: `file:./${DATABASE}`,
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    SITE_URL: baseUrl,
    ADMIN_EMAIL: BENCH_ADMIN.email,
    ADMIN_PASSWORD: BENCH_ADMIN.password,
    NEXT_TELEMETRY_DISABLED: '1',
    LOGIN_RATE_LIMIT: '1000000',
    LOGIN_ACCOUNT_RATE_LIMIT: '1000000',
    SEARCH_RATE_LIMIT: '1000000',
    ...options.joining,
  }
  const run = (args: string[]) => {
    const result = spawnSync('npx', args, { stdio: ['ignore', 'ignore', 'inherit'], env })
    if (result.status !== 0) throw new Error(`nie udało się: npx ${args.join(' ')}`)
  }

  const seed = () => {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${DATABASE}${suffix}`, { force: true })
    run(['tsx', 'seed/run.ts'])
  }

  if (!options.joining) {
    if (options.seedBeforeBuild) seed()
    if (process.env.BENCH_BUILD === '1' || !existsSync('.next/BUILD_ID')) run(['next', 'build'])
    if (!options.seedBeforeBuild) seed()
  }

  // Its own process group, so that its CPU time can be read (serverCpu.ts).
  const server = spawn('bash', ['scripts/start.sh', '-p', String(port), '-H', '127.0.0.1'], {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  })
  const pid = server.pid!
  let stopping = false
  const stop = () => {
    if (stopping) return
    stopping = true
    try {
      process.kill(-pid, 'SIGTERM')
    } catch {
      // already gone
    }
  }
  process.on('exit', stop)
  const onUnexpectedExit = (listener: (code: number | null) => void) =>
    server.on('exit', (code) => {
      if (!stopping) listener(code)
    })

  for (let i = 0; i < 600; i++) {
    const ok = await fetch(`${baseUrl}/aktualnosci`).then(
      (response) => response.ok,
      () => false,
    )
    if (ok) return { baseUrl, pid, cpuSeconds: () => processGroupCpuSeconds(pid), onUnexpectedExit, stop }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  stop()
  throw new Error(`serwer nie odpowiedział na ${baseUrl} w ciągu 120 s`)
}
