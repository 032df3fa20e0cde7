import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs'

/** A throw-away production server for the bench, on its own port and SQLite file. */
export type BenchServer = { baseUrl: string; process: ChildProcess; stop: () => void }

export const BENCH_ADMIN = { email: 'bench-admin@konstancin-jeziorna.example', password: 'bench-haslo-administratora' }

export function benchEnv(port: number): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URI: 'file:./data/bench.db',
    PAYLOAD_SECRET: 'bench-only-secret-4c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f',
    SITE_URL: `http://127.0.0.1:${port}`,
    ADMIN_EMAIL: BENCH_ADMIN.email,
    ADMIN_PASSWORD: BENCH_ADMIN.password,
  }
}

/** Builds when there is no production build, seeds a fresh database and starts `next start`. */
export async function startBenchServer(port: number): Promise<BenchServer> {
  const env = benchEnv(port)
  if (!existsSync('.next/BUILD_ID')) execFileSync('npx', ['next', 'build'], { env, stdio: 'inherit' })
  for (const suffix of ['', '-wal', '-shm']) rmSync(`data/bench.db${suffix}`, { force: true })
  execFileSync('npx', ['tsx', 'seed/run.ts'], { env, stdio: ['ignore', 'ignore', 'inherit'] })
  const child = spawn('bash', ['scripts/start.sh', '-p', String(port), '-H', '127.0.0.1'], {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const baseUrl = `http://127.0.0.1:${port}`
  for (let i = 0; i < 600; i++) {
    const ok = await fetch(`${baseUrl}/aktualnosci`).then((r) => r.ok, () => false)
    if (ok) return { baseUrl, process: child, stop: () => child.kill('SIGTERM') }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  child.kill('SIGTERM')
  throw new Error('Serwer benchmarku nie wystartował w 120 s')
}

/** Resident memory of a process and all its descendants, in bytes (Linux /proc). */
export function treeRss(rootPid: number): number {
  const children = new Map<number, number[]>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)])
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0
  const visit = (pid: number) => {
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
      total += match ? Number(match[1]) * 1024 : 0
    } catch {
      return
    }
    for (const child of children.get(pid) ?? []) visit(child)
  }
  visit(rootPid)
  return total
}
