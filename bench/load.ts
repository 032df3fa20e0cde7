/**
 * npm run bench:load
 * Starts the production server on a throw-away seeded database (bench/productionServer.ts:
 * it builds when there is no build, or with BENCH_BUILD=1) on 127.0.0.1:$BENCH_PORT (3161),
 * then drives $BENCH_CONNECTIONS (50) connections for $BENCH_SECONDS (60) s over the home,
 * article, vote and search pages while an editor publishes an edit every 2 s. Prints
 * requests, errors, p99 latency, the server's peak memory and whether every edit became visible.
 */
import { randomBytes } from 'node:crypto'

import autocannon from 'autocannon'

import { BENCH_ADMIN, startProductionServer } from './productionServer'
import { runBench } from './runBench'
import { treeRss } from './treeRss'

const PORT = Number(process.env.BENCH_PORT ?? 3161)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60)
const EDIT_EVERY_MS = 2000
const ARTICLE = '/aktualnosci/konstancin-jeziorna-zostal-czlonkiem-zwiazku-miast-polskich'
const PATHS = ['/', ARTICLE, '/glosowania/przystapienie-gminy-konstancin-jeziorna-do-zwiazku-miast-polskich', '/szukaj?q=zwiazek+miast']

type Edit = { number: number; marker: string; saved: boolean; visible: boolean; error?: string }

function fail(reason: string): never {
  console.error(`Test obciążenia przerwany: ${reason}`)
  process.exit(1)
}

const treeMemoryMb = (pid: number) => treeRss(pid) / 1024 / 1024

async function main() {
  const server = await startProductionServer(PORT)
  const BASE = server.baseUrl
  server.onUnexpectedExit((code) => fail(`serwer zakończył pracę (kod ${code})`))
  try {
    for (const path of PATHS) await fetch(`${BASE}${path}`)

    const login = await fetch(`${BASE}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(BENCH_ADMIN),
    })
    if (!login.ok) fail(`logowanie redaktora: ${login.status}`)
    const { token } = (await login.json()) as { token: string }
    const auth = { Authorization: `JWT ${token}`, 'content-type': 'application/json' }
    const found = (await (await fetch(`${BASE}/api/articles?where[slug][equals]=${ARTICLE.split('/').pop()}&depth=0`, { headers: auth })).json()) as { docs: { id: number | string }[] }
    const articleId = found.docs[0].id

    let peakMb = treeMemoryMb(server.pid)
    const sampler = setInterval(() => (peakMb = Math.max(peakMb, treeMemoryMb(server.pid))), 250)

    const edits: Edit[] = []
    const pending: Promise<unknown>[] = []
    const editor = setInterval(() => {
      const number = edits.length + 1
      const marker = `Edycja ${number} ${randomBytes(4).toString('hex')}`
      const edit: Edit = { number, marker, saved: false, visible: false }
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
    server.stop()
  }
}

runBench(main, 'Test obciążenia przerwany')
