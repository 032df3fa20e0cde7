/**
 * The production stack as plain processes: Redis (no persistence), the app instances
 * (scripts/start.sh, one build, one database, REDIS_URL set) and nginx in front, with the
 * configuration rendered from deploy/nginx/ into a temporary run folder. Used by
 * `npm run stack`, the stack tests (e2e/stack/) and `npm run bench:stack`.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { chmodSync, cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { renderEdgeConfig } from './edgeConfig'
import { requireProgram } from './programs'

export type StackOptions = {
  edgePort: number
  appPorts: number[]
  redisPort: number
  /** environment of the app instances (secret, database, administrator, limits...) */
  env: Record<string, string | undefined>
  /**
   * A copy of the build for this stack's instances (a folder under .next/): Next keeps its
   * page cache in its build folder, so two servers on one .next (the browser tests' server
   * and this stack) would serve each other's pages, rendered from other databases.
   */
  privateBuildCopy?: boolean
  /** where the instances' output goes (default: this process's) */
  appOutput?: 'inherit' | 'ignore'
  /** the public address (SITE_URL); default the edge's */
  siteUrl?: string
  /** nginx's access log, `<runDir>/access.log` (off by default: it costs in the benchmarks) */
  accessLog?: boolean
}

export type AppInstance = { port: number; url: string; process?: ChildProcess }

export type Stack = {
  edgeUrl: string
  runDir: string
  instances: AppInstance[]
  redis: ChildProcess
  nginx: ChildProcess
  /** the root process of each part, for memory figures */
  parts: () => { name: string; pid: number }[]
  /** SIGKILL (default) or SIGTERM to one instance and its children */
  killInstance: (index: number, signal?: NodeJS.Signals) => Promise<void>
  /**
   * starts an instance again; waits until its health route says the database answers, or
   * (database down) until the route answers at all, 200 or 503
   */
  startInstance: (index: number, waitUntil?: 'healthy' | 'answering') => Promise<void>
  stopRedis: () => Promise<void>
  startRedis: () => Promise<void>
  stop: () => Promise<void>
}

const HOST = '127.0.0.1'

/** Whether something accepts connections on the port. */
export function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, HOST)
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })
}

async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs: number, exited: () => boolean) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (exited()) throw new Error(`${what} zakończył pracę przy starcie`)
    if (await check()) return
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`${what} nie odpowiada po ${Math.round(timeoutMs / 1000)} s`)
}

const answers = (url: string) => () =>
  fetch(url, { redirect: 'manual' }).then(
    (response) => response.status === 200,
    () => false,
  )

const healthRouteAnswers = (url: string) => () =>
  fetch(url).then(
    (response) => response.status === 200 || response.status === 503,
    () => false,
  )

/** Ends a process group and waits for its root to exit. */
async function endGroup(child: ChildProcess | undefined, signal: NodeJS.Signals): Promise<void> {
  if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  try {
    process.kill(-child.pid, signal)
  } catch {
    return // already gone
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid!, 'SIGKILL')
    } catch {
      // gone meanwhile
    }
  }, 10_000)
  await exited
  clearTimeout(timer)
}

export async function startStack(options: StackOptions): Promise<Stack> {
  const nginxBinary = requireProgram('nginx')
  const redisBinary = requireProgram('redis-server')
  if (!existsSync('.next/BUILD_ID')) throw new Error('brak builda w .next: najpierw `npx next build`')

  const edgeUrl = `http://${HOST}:${options.edgePort}`
  const runDir = mkdtempSync(path.join(tmpdir(), 'portal-stack-'))
  chmodSync(runDir, 0o755) // nginx's workers (another user when started as root) read the config here

  // Set when the build is copied (first thing in the try below), removed by stop().
  let distDir: string | undefined
  const redisUrl = `redis://${HOST}:${options.redisPort}`
  // The instances refresh the edge's copies of what a change touches (lib/edge/).
  const refreshSecret = randomBytes(24).toString('base64url')
  const children: ChildProcess[] = []
  const spawnGroup = (command: string, args: string[], env?: NodeJS.ProcessEnv, output: 'inherit' | 'ignore' = 'inherit') => {
    const child = spawn(command, args, { env, stdio: ['ignore', output, output], detached: true })
    children.push(child)
    return child
  }
  // Each part runs in its own process group (so that a signal reaches its children too):
  // none outlives this process, even when it ends without stop().
  const killAll = () => {
    for (const child of children) {
      try {
        if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, 'SIGKILL')
      } catch {
        // already gone
      }
    }
  }
  process.on('exit', killAll)
  const hasExited = (child: ChildProcess | undefined) => () => !child || child.exitCode !== null || child.signalCode !== null

  const stack: Stack = {
    edgeUrl,
    runDir,
    instances: options.appPorts.map((port) => ({ port, url: `http://${HOST}:${port}` })),
    redis: undefined as unknown as ChildProcess,
    nginx: undefined as unknown as ChildProcess,
    parts: () => [
      { name: 'redis-server', pid: stack.redis.pid! },
      ...stack.instances.map((instance) => ({ name: `app :${instance.port}`, pid: instance.process?.pid ?? 0 })),
      { name: 'nginx', pid: stack.nginx.pid! },
    ].filter((part) => part.pid > 0),
    async startRedis() {
      // No snapshot, no append-only file: a cache that comes back empty after a restart
      // cannot serve pages whose invalidation it missed (STACK.md, trap 2).
      stack.redis = spawnGroup(redisBinary, ['--port', String(options.redisPort), '--bind', HOST, '--save', '', '--appendonly', 'no'], undefined, 'ignore')
      await waitFor(`redis-server na porcie ${options.redisPort}`, () => listening(options.redisPort), 15_000, hasExited(stack.redis))
    },
    stopRedis: () => endGroup(stack.redis, 'SIGTERM'),
    async startInstance(index: number, waitUntil = 'healthy') {
      const instance = stack.instances[index]
      instance.process = spawnGroup(
        'bash',
        ['scripts/start.sh', '-p', String(instance.port), '-H', HOST],
        {
          ...process.env,
          ...options.env,
          NODE_ENV: 'production',
          REDIS_URL: redisUrl,
          SITE_URL: options.siteUrl ?? edgeUrl,
          // The instance reaches itself directly (scheduled publishing's revalidation).
          INTERNAL_URL: instance.url,
          EDGE_REFRESH_SECRET: refreshSecret,
          EDGE_REFRESH_URL: edgeUrl,
          NEXT_TELEMETRY_DISABLED: '1',
          ...(distDir ? { PORTAL_DIST_DIR: distDir } : {}),
        },
        options.appOutput,
      )
      const health = `${instance.url}/api/stan-bazy`
      const ready = waitUntil === 'healthy' ? answers(health) : healthRouteAnswers(health)
      await waitFor(`instancja portalu ${instance.url}`, ready, 120_000, hasExited(instance.process))
    },
    killInstance: (index: number, signal: NodeJS.Signals = 'SIGKILL') => endGroup(stack.instances[index].process, signal),
    async stop() {
      await Promise.all(children.map((child) => endGroup(child, 'SIGTERM')))
      process.off('exit', killAll)
      if (distDir) rmSync(distDir, { recursive: true, force: true })
      rmSync(runDir, { recursive: true, force: true })
    },
  }

  try {
    if (options.privateBuildCopy) {
      distDir = `.next/stack-${path.basename(runDir)}`
      for (const entry of readdirSync('.next')) {
        if (entry === 'cache' || entry.startsWith('stack-')) continue
        cpSync(path.join('.next', entry), path.join(distDir, entry), { recursive: true })
      }
    }
    await stack.startRedis()
    for (let i = 0; i < stack.instances.length; i++) await stack.startInstance(i)
    const config = renderEdgeConfig({
      confDir: path.join(runDir, 'conf'),
      runDir,
      listen: `${HOST}:${options.edgePort}`,
      appServers: stack.instances.map((instance) => `${HOST}:${instance.port}`),
      cacheDir: path.join(runDir, 'cache'),
      cacheMaxSize: '256m',
      refreshSecret,
      ...(options.accessLog ? { accessLog: path.join(runDir, 'access.log') } : {}),
    })
    stack.nginx = spawnGroup(nginxBinary, ['-c', config, '-e', path.join(runDir, 'error.log'), '-g', 'daemon off;'])
    await waitFor(`nginx na porcie ${options.edgePort}`, answers(`${edgeUrl}/aktualnosci`), 30_000, hasExited(stack.nginx))
    return stack
  } catch (error) {
    await stack.stop()
    throw error
  }
}
