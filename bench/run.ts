/**
 * npm run bench: starts the production build on its own port with a fresh seeded SQLite
 * database, then measures
 *   1. publish→visible: 20 edits of the seeded article through the REST API, each timed
 *      from the request until the public page shows the new text (p50, p95);
 *   2. throughput (autocannon, 20 connections, 10 s each, in two alternating halves) of the cached article page, of
 *      pages Next prerendered at build time, and of the same article rendered per request
 *      (a draft-mode cookie without a login makes Next render it for every request);
 *   3. the server's peak resident memory (the process and its children) during the run,
 *      started as in production (scripts/start.sh, PORTAL_HEAP_MB).
 * Prints a Markdown table. BENCH_PORT (default 3142), BENCH_SECONDS (default 10).
 */
import autocannon from 'autocannon'

import { BENCH_ADMIN, startProductionServer } from './productionServer'
import { runBench } from './runBench'
import { treeRss } from './treeRss'

const PORT = Number(process.env.BENCH_PORT ?? 3142)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10)
const EDITS = 20
const ARTICLE_SLUG = 'konstancin-jeziorna-zostal-czlonkiem-zwiazku-miast-polskich'
const ARTICLE_PATH = `/aktualnosci/${ARTICLE_SLUG}`
/**
 * Prerendered by `next build` (they read no database): the open-data page, a content page
 * in the site's layout like the article and the reference for the ratio, and Next's own
 * not-found page, a smaller 404 shown for comparison.
 */
const PRERENDERED_PATH = '/dane'
const PRERENDERED_404_PATH = '/_not-found'

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

async function login(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(BENCH_ADMIN),
  })
  if (!response.ok) throw new Error(`logowanie nieudane: ${response.status}`)
  return ((await response.json()) as { token: string }).token
}

async function publishToVisible(baseUrl: string, token: string, id: number | string): Promise<number[]> {
  const timings: number[] = []
  for (let i = 0; i < EDITS; i++) {
    const marker = `Pomiar ${i + 1}, ${Date.now()}`
    const started = performance.now()
    const saved = await fetch(`${baseUrl}/api/articles/${id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', Authorization: `JWT ${token}` },
      body: JSON.stringify({ lead: `Gmina Konstancin-Jeziorna jest członkiem Związku Miast Polskich. ${marker}` }),
    })
    if (!saved.ok) throw new Error(`zapis nieudany: ${saved.status} ${await saved.text()}`)
    for (;;) {
      const page = await fetch(`${baseUrl}${ARTICLE_PATH}`)
      if ((await page.text()).includes(marker)) break
      if (performance.now() - started > 30_000) throw new Error(`zmiana ${i + 1} niewidoczna po 30 s`)
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    timings.push(performance.now() - started)
  }
  return timings
}

/** The draft-mode cookie an editor's preview sets; sent without a login it only disables the cache. */
async function draftModeCookie(baseUrl: string, token: string, id: number | string): Promise<string> {
  const response = await fetch(`${baseUrl}/podglad?kolekcja=articles&id=${id}`, {
    headers: { Authorization: `JWT ${token}` },
    redirect: 'manual',
  })
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('__prerender_bypass='))
  if (!cookie) throw new Error('podgląd nie ustawił ciasteczka trybu szkicu')
  return cookie.split(';')[0]
}

type Target = { url: string; headers?: Record<string, string> }
type Throughput = { rps: number; p50: number; p99: number; errors: number }

/**
 * The targets take turns in two halves of SECONDS/2 each, the second round in reverse
 * order, so that a change in the load of a shared machine during the run weighs on all of
 * them alike. Each half follows a discarded warm-up second on the same page, so that the
 * garbage left by the page before (the per-request renders leave the most) is collected
 * outside the measured time of the next.
 */
async function throughputSideBySide(targets: Target[]): Promise<Throughput[]> {
  for (const { url, headers } of targets) await fetch(url, { headers }) // the first request fills the cache
  const halves: Throughput[][] = targets.map(() => [])
  for (let round = 0; round < 2; round++) {
    const order = round === 0 ? [...targets.keys()] : [...targets.keys()].reverse()
    for (const i of order) {
      const { url, headers } = targets[i]
      await autocannon({ url, connections: 20, duration: 1, headers })
      const r = await autocannon({ url, connections: 20, duration: SECONDS / 2, headers })
      halves[i].push({ rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.timeouts })
    }
  }
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length
  return halves.map((h) => ({
    rps: mean(h.map((x) => x.rps)),
    p50: Math.round(mean(h.map((x) => x.p50))),
    p99: Math.max(...h.map((x) => x.p99)),
    errors: h.reduce((a, x) => a + x.errors, 0),
  }))
}

async function main() {
  const server = await startProductionServer(PORT)
  let peak = 0
  const sampler = setInterval(() => {
    peak = Math.max(peak, treeRss(server.pid))
  }, 200)
  try {
    const { baseUrl } = server
    const token = await login(baseUrl)
    const found = await fetch(`${baseUrl}/api/articles?where[slug][equals]=${ARTICLE_SLUG}&depth=0`, {
      headers: { Authorization: `JWT ${token}` },
    })
    const id = ((await found.json()) as { docs: { id: number }[] }).docs[0].id

    /** What the second request of a page answers: Next's cache header, Cache-Control and the body's size. */
    const served = async (path: string, headers?: Record<string, string>) => {
      await fetch(`${baseUrl}${path}`, { headers })
      const response = await fetch(`${baseUrl}${path}`, { headers })
      const kib = (await response.arrayBuffer()).byteLength / 1024
      const cache = response.headers.get('x-nextjs-cache') ?? '—'
      const cacheControl = response.headers.get('cache-control') ?? '—'
      return `x-nextjs-cache: ${cache}, Cache-Control: ${cacheControl.split(',')[0]}, ${kib.toFixed(1)} KiB`
    }

    const visible = await publishToVisible(baseUrl, token, id)
    const cookie = await draftModeCookie(baseUrl, token, id)
    const [article, prerendered, prerendered404, perRequest] = await throughputSideBySide([
      { url: `${baseUrl}${ARTICLE_PATH}` },
      { url: `${baseUrl}${PRERENDERED_PATH}` },
      { url: `${baseUrl}${PRERENDERED_404_PATH}` },
      { url: `${baseUrl}${ARTICLE_PATH}`, headers: { cookie } },
    ])
    const ratio = article.rps / prerendered.rps
    const answers = {
      article: await served(ARTICLE_PATH),
      prerendered: await served(PRERENDERED_PATH),
      prerendered404: await served(PRERENDERED_404_PATH),
      perRequest: await served(ARTICLE_PATH, { cookie }),
    }
    clearInterval(sampler)
    peak = Math.max(peak, treeRss(server.pid))

    const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`
    const ms = (value: number) => `${Math.round(value)} ms`
    const rows = [
      ['publish→visible p50', ms(percentile(visible, 50)), ''],
      ['publish→visible p95', ms(percentile(visible, 95)), '≤ 2000 ms'],
      [`cached article ${ARTICLE_PATH.slice(0, 24)}… (${answers.article})`, `${Math.round(article.rps)} req/s, p50 ${article.p50} ms, p99 ${article.p99} ms`, ''],
      [`prerendered at build ${PRERENDERED_PATH} (${answers.prerendered})`, `${Math.round(prerendered.rps)} req/s, p50 ${prerendered.p50} ms, p99 ${prerendered.p99} ms`, ''],
      [`same article rendered per request (${answers.perRequest})`, `${Math.round(perRequest.rps)} req/s, p50 ${perRequest.p50} ms, p99 ${perRequest.p99} ms`, ''],
      [`prerendered 404 page ${PRERENDERED_404_PATH} (${answers.prerendered404})`, `${Math.round(prerendered404.rps)} req/s, p50 ${prerendered404.p50} ms, p99 ${prerendered404.p99} ms`, ''],
      [`cached article / prerendered ${PRERENDERED_PATH}`, ratio.toFixed(2), '≥ 0.90'],
      [`cached article / prerendered 404 page`, (article.rps / prerendered404.rps).toFixed(2), ''],
      ['server peak memory (RSS, process tree)', mb(peak), '≤ 300 MB'],
    ]
    const errors = article.errors + prerendered.errors + prerendered404.errors + perRequest.errors
    console.log(`\nnpm run bench · ${new Date().toISOString()} · Node ${process.version} · ${EDITS} edits · autocannon 20 connections × ${SECONDS} s per page (2 halves, order reversed, 1 s warm-up each)${errors ? ` · ${errors} errors` : ''}\n`)
    console.log('| measure | result | target |')
    console.log('| --- | --- | --- |')
    for (const [name, value, target] of rows) console.log(`| ${name} | ${value} | ${target} |`)
    console.log(`\npublish→visible, all ${EDITS} (ms): ${visible.map((v) => Math.round(v)).join(', ')}`)
  } finally {
    clearInterval(sampler)
    server.stop()
  }
}

runBench(main, 'Benchmark nieudany')
