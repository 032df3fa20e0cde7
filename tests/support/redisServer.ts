import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { listening, waitFor } from './ports'

/**
 * Debian's redis-server in the foreground, as the portal's cache Redis runs: no automatic
 * snapshots. A test may SAVE by hand: the next start loads that snapshot from `dir`, as a
 * Redis with persistence would come back with its old data.
 */
export class RedisServer {
  private process: ChildProcess | undefined
  readonly dir = mkdtempSync(path.join(tmpdir(), 'portal-redis-'))

  constructor(readonly port: number) {}

  get url() {
    return `redis://127.0.0.1:${this.port}`
  }

  async start(): Promise<void> {
    this.process = spawn(
      'redis-server',
      ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', this.dir, '--daemonize', 'no'],
      { stdio: 'ignore' },
    )
    await waitFor(async () => await listening(this.port), 10_000, `redis-server on ${this.port}`)
  }

  async stop(): Promise<void> {
    const running = this.process
    if (!running || running.exitCode !== null) return
    await new Promise<void>((resolve) => {
      running.once('exit', () => resolve())
      running.kill('SIGKILL')
    })
  }

  async remove(): Promise<void> {
    await this.stop()
    rmSync(this.dir, { recursive: true, force: true })
  }
}
