#!/usr/bin/env node
/**
 * npm run bench:load
 * Builds the portal (BENCH_SKIP_BUILD=1 reuses .next), seeds a throw-away database,
 * starts the production server on 127.0.0.1:$BENCH_PORT (3161), then drives
 * $BENCH_CONNECTIONS (50) connections for $BENCH_SECONDS (60) s over the home, article,
 * vote and search pages while an editor publishes an edit every 2 s. Prints requests,
 * errors, p99 latency, the server's peak memory and whether every edit became visible.
 * Every request comes from this machine, so the per-address limits are lifted for the run.
 */
import { spawn, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { readFileSync, readdirSync, rmSync } from 'node:fs'

import autocannon from 'autocannon'

const PORT = Number(process.env.BENCH_PORT ?? 3161)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60)
const EDIT_EVERY_MS = 2000
const BASE = `http://127.0.0.1:${PORT}`
const ARTICLE = '/aktualnosci/konstancin-jeziorna-zostal-czlonkiem-zwiazku-miast-polskich'
const PATHS = ['/', ARTICLE, '/glosowania/przystapienie-gminy-konstancin-jeziorna-do-zwiazku-miast-polskich', '/szukaj?q=zwiazek+miast']
const ADMIN = { email: 'bench-admin@konstancin-jeziorna.example', password: randomBytes(12).toString('hex') }

const env = {
  ...process.env,
  NODE_ENV: 'production',
  DATABASE_URI: 'file:./data/bench.db',
  PAYLOAD_SECRET: randomBytes(32).toString('hex'),
  SITE_URL: BASE,
  ADMIN_EMAIL: ADMIN.email,
  ADMIN_PASSWORD: ADMIN.password,
  LOGIN_RATE_LIMIT: '1000000',
  SEARCH_RATE_LIMIT: '1000000',
}

function fail(reason) {
  console.error(`Test obciążenia przerwany: ${reason}`)
  process.exit(1)
}

function run(command, args) {
  const result = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'inherit'], env })
  if (result.status !== 0) fail(`${command} ${args.join(' ')} zakończył się kodem ${result.status}`)
}

/** Resident memory of a process and all its descendants, in MB. */
function treeMemoryMb(pid) {
  let kb = 0
  const visit = (p) => {
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0)
      for (const task of readdirSync(`/proc/${p}/task`)) {
        for (const child of readFileSync(`/proc/${p}/task/${task}/children`, 'utf8').split(' ').filter(Boolean)) visit(child)
      }
    } catch {
      // the process ended between two reads
    }
  }
  visit(pid)
  return kb / 1024
}

async function waitForServer() {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${BASE}/aktualnosci`)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  fail('serwer nie odpowiedział w ciągu 120 s')
}

async function main() {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`data/bench.db${suffix}`, { force: true })
  if (process.env.BENCH_SKIP_BUILD !== '1') run('npx', ['next', 'build'])
  run('npx', ['tsx', 'seed/run.ts'])

  const server = spawn('bash', ['scripts/start.sh', '-p', String(PORT), '-H', '127.0.0.1'], {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  server.on('exit', (code) => {
    if (!stopping) fail(`serwer zakończył pracę (kod ${code})`)
  })
  let stopping = false
  try {
    await waitForServer()
    for (const path of PATHS) await fetch(`${BASE}${path}`)

    const login = await fetch(`${BASE}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(ADMIN),
    })
    if (!login.ok) fail(`logowanie redaktora: ${login.status}`)
    const { token } = await login.json()
    const auth = { Authorization: `JWT ${token}`, 'content-type': 'application/json' }
    const found = await (await fetch(`${BASE}/api/articles?where[slug][equals]=${ARTICLE.split('/').pop()}&depth=0`, { headers: auth })).json()
    const articleId = found.docs[0].id

    let peakMb = treeMemoryMb(server.pid)
    const sampler = setInterval(() => (peakMb = Math.max(peakMb, treeMemoryMb(server.pid))), 250)

    const edits = []
    const pending = []
    const editor = setInterval(() => {
      const number = edits.length + 1
      const marker = `Edycja ${number} ${randomBytes(4).toString('hex')}`
      const edit = { number, marker, saved: false, visible: false }
      edits.push(edit)
      const done = fetch(`${BASE}/api/articles/${articleId}`, {
        method: 'PATCH',
        headers: auth,
        body: JSON.stringify({ lead: `Gmina Konstancin-Jeziorna jest członkiem ZMP. ${marker}`, _status: 'published' }),
      })
        .then(async (response) => {
          edit.saved = response.ok
          if (!response.ok) edit.error = `${response.status} ${(await response.text()).slice(0, 200)}`
          // Visible once the page shows this edit or a later one (the next edit may land before the check).
          const deadline = Date.now() + 30_000
          while (edit.saved && !edit.visible && Date.now() < deadline) {
            const shown = /Edycja (\d+) /.exec(await (await fetch(`${BASE}${ARTICLE}`)).text())
            edit.visible = Number(shown?.[1] ?? 0) >= edit.number
            if (!edit.visible) await new Promise((r) => setTimeout(r, 250))
          }
        })
        .catch((error) => (edit.error = String(error)))
      pending.push(done)
    }, EDIT_EVERY_MS)

    const result = await autocannon({
      url: BASE,
      connections: CONNECTIONS,
      duration: SECONDS,
      requests: PATHS.map((path) => ({ method: 'GET', path })),
    })
    clearInterval(editor)
    await Promise.all(pending) // the last edits' visibility checks
    clearInterval(sampler)

    const byStatus = result.statusCodeStats ?? {}
    const serverErrors = Object.entries(byStatus)
      .filter(([code]) => Number(code) >= 500)
      .reduce((sum, [, stat]) => sum + stat.count, 0)
    const errors = result.errors + result.timeouts + serverErrors
    const visible = edits.filter((e) => e.visible).length
    const rows = [
      ['connections × duration', `${CONNECTIONS} × ${SECONDS} s`],
      ['requests', String(result.requests.total)],
      ['requests/s (mean)', result.requests.average.toFixed(0)],
      ['status codes', Object.entries(byStatus).map(([c, s]) => `${c}: ${s.count}`).join(', ')],
      ['errors (socket, timeout, 5xx)', `${errors} (${result.errors}, ${result.timeouts}, ${serverErrors})`],
      ['latency p50 / p99 / max', `${result.latency.p50} / ${result.latency.p99} / ${result.latency.max} ms`],
      ['peak server memory (RSS)', `${peakMb.toFixed(0)} MB`],
      ['edits published / visible', `${edits.filter((e) => e.saved).length} / ${visible} of ${edits.length}`],
    ]
    console.log(`\n| measure | value |\n| --- | --- |\n${rows.map(([k, v]) => `| ${k} | ${v} |`).join('\n')}`)
    for (const e of edits.filter((x) => x.error)) console.log(`edit failed: ${e.marker}: ${e.error}`)
    const allVisible = visible === edits.length
    console.log(allVisible ? 'Every edit became visible.' : `${edits.length - visible} edit(s) never became visible.`)
    if (errors > 0 || !allVisible) process.exitCode = 1
  } finally {
    stopping = true
    server.kill('SIGTERM')
  }
}

main().catch((error) => fail(String(error?.message ?? error).split('\n')[0]))
