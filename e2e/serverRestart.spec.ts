import { type ChildProcess, spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'

import { expect, test } from '@playwright/test'

import { freePort } from '../tests/support/ports'
import { ARTICLE_PATH, E2E_SERVER_ENV } from './server'

/**
 * The production start (scripts/start.sh) on the e2e build: when the server process dies
 * as it would when out of memory (SIGKILL, no chance to clean up), the portal answers
 * again by itself; SIGTERM stops it for good, with exit code 0.
 */
let supervisor: ChildProcess | undefined

test.afterAll(() => {
  if (supervisor?.exitCode === null) supervisor.kill('SIGKILL')
})

/** The pid of the `next start` process the supervisor runs (its one child). */
function serverPid(supervisorPid: number): number | null {
  try {
    const children = readFileSync(`/proc/${supervisorPid}/task/${supervisorPid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean)
    return children.length ? Number(children[0]) : null
  } catch {
    return null
  }
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

test('a server killed like an out-of-memory crash is started again; SIGTERM stops it cleanly', async ({ request }) => {
  test.setTimeout(180_000)
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  supervisor = spawn('bash', ['scripts/start.sh', '-p', String(port), '-H', '127.0.0.1'], {
    env: { ...process.env, ...E2E_SERVER_ENV, DATABASE_URI: `file:${path.resolve('data/e2e.db')}`, SITE_URL: base },
    stdio: 'ignore',
  })
  const exit = new Promise<number | null>((resolve) => supervisor!.once('exit', (code) => resolve(code)))
  const articleStatus = () => request.get(`${base}${ARTICLE_PATH}`, { timeout: 10_000 }).then((r) => r.status(), () => 0)

  await expect.poll(articleStatus, { timeout: 60_000 }).toBe(200)
  const first = serverPid(supervisor.pid!)
  expect(first).not.toBeNull()

  process.kill(first!, 'SIGKILL')
  await expect.poll(() => alive(first!), { timeout: 10_000 }).toBe(false)
  await expect.poll(articleStatus, { timeout: 60_000 }).toBe(200)
  const second = serverPid(supervisor.pid!)
  expect(second).not.toBeNull()
  expect(second).not.toBe(first)

  supervisor.kill('SIGTERM')
  expect(await exit).toBe(0)
  expect(alive(second!)).toBe(false)
  expect(await articleStatus()).toBe(0)
})
