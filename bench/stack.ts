/**
 * npm run bench:stack: the production stack (scripts/stack/startStack.ts: Redis, two app
 * instances on one database, nginx in front) on ports free at run time, on the production
 * build (made first when .next has none) and a freshly seeded database, measured in one run:
 *   1. the cached article, home and vote page through the edge, against nginx serving the
 *      same HTML from a file (bare, and with the edge's response headers: what they cost),
 *      and from app instance A directly; side by side, interleaved
 *      (bench/throughput.ts), at 20 connections, then edge and file at 200 connections;
 *   2. publish→visible: 20 edits saved on instance A, each timed until the page read through
 *      the edge shows it; then whether the old page came back within the next 3 s (it does
 *      while the instances do not share Next's cache);
 *   3. the peak resident memory of each process of the stack (each with its children).
 * Prints a Markdown table. BENCH_SECONDS (default 10), BENCH_BUILD=1 to build first.
 */
import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, rmSync } from 'node:fs'

import { freePort } from '../scripts/stack/freePort'
import { seedDatabase } from '../scripts/stack/seedDatabase'
import { type Stack, startStack } from '../scripts/stack/startStack'
import { login, percentile } from './benchSession'
import { startFileServer } from './fileServer'
import { BENCH_ADMIN } from './productionServer'
import { runBench } from './runBench'
import { sideBySideMethod, type Throughput, throughputCell, throughputSideBySide } from './throughput'
import { treeRss } from './treeRss'

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10)
const EDITS = 20
const DATABASE = 'data/bench-stack.db'
const ARTICLE_SLUG = 'konstancin-jeziorna-zostal-czlonkiem-zwiazku-miast-polskich'
const PAGES = {
  article: `/aktualnosci/${ARTICLE_SLUG}`,
  home: '/',
  vote: '/glosowania/przystapienie-gminy-konstancin-jeziorna-do-zwiazku-miast-polskich',
}
type PageName = keyof typeof PAGES
/** Headers nginx writes itself for any file; the rest of the edge's answer is copied. */
const NGINX_OWN_HEADERS = new Set(['server', 'date', 'content-type', 'content-length', 'connection', 'keep-alive', 'last-modified', 'accept-ranges'])
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

type Visibility = { visibleMs: number[]; cameBack: number }

/** Edits saved on instance A; the article read through the edge until it shows each. */
async function publishToVisible(stack: Stack, token: string, id: number): Promise<Visibility> {
  const instanceA = stack.instances[0].url
  const page = `${stack.edgeUrl}${PAGES.article}`
  const visibleMs: number[] = []
  let cameBack = 0
  for (let i = 0; i < EDITS; i++) {
    const marker = `Pomiar ${i + 1}, ${Date.now()}`
    const started = performance.now()
    const saved = await fetch(`${instanceA}/api/articles/${id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', Authorization: `JWT ${token}` },
      body: JSON.stringify({ lead: `Gmina Konstancin-Jeziorna jest członkiem Związku Miast Polskich. ${marker}` }),
    })
    if (!saved.ok) throw new Error(`zapis nieudany: ${saved.status} ${(await saved.text()).slice(0, 200)}`)
    while (!(await (await fetch(page)).text()).includes(marker)) {
      if (performance.now() - started > 30_000) throw new Error(`zmiana ${i + 1} niewidoczna przez nginx po 30 s`)
      await pause(20)
    }
    visibleMs.push(performance.now() - started)
    // Once visible, does every reader keep seeing it (the edge refreshes from either instance)?
    const until = performance.now() + 3000
    while (performance.now() < until) {
      if (!(await (await fetch(page)).text()).includes(marker)) {
        cameBack++
        break
      }
      await pause(100)
    }
  }
  return { visibleMs, cameBack }
}

async function main() {
  if (process.env.BENCH_BUILD === '1' || !existsSync('.next/BUILD_ID')) {
    const build = spawnSync('npx', ['next', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] })
    if (build.status !== 0) throw new Error('next build nieudany')
  }
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${DATABASE}${suffix}`, { force: true })
  const [edgePort, portA, portB, redisPort, filePort] = [await freePort(), await freePort(), await freePort(), await freePort(), await freePort()]
  const env = {
    DATABASE_URI: `file:./${DATABASE}`,
    SITE_URL: `http://127.0.0.1:${edgePort}`,
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    ADMIN_EMAIL: BENCH_ADMIN.email,
    ADMIN_PASSWORD: BENCH_ADMIN.password,
    LOGIN_RATE_LIMIT: '1000000',
    SEARCH_RATE_LIMIT: '1000000',
  }
  seedDatabase(env)
  const stack = await startStack({ edgePort, appPorts: [portA, portB], redisPort, env, privateBuildCopy: true, appOutput: 'ignore' })
  const peaks = new Map<string, number>()
  const sample = () => {
    for (const part of stack.parts()) peaks.set(part.name, Math.max(peaks.get(part.name) ?? 0, treeRss(part.pid)))
  }
  const sampler = setInterval(sample, 200)
  let files: Awaited<ReturnType<typeof startFileServer>> | undefined
  try {
    const names = Object.keys(PAGES) as PageName[]
    const html: Record<string, string> = {}
    const edgeHeaders: Record<string, [string, string][]> = {}
    for (const name of names) {
      // Uncompressed, as autocannon asks (fetch asks for gzip or brotli by default).
      const plain = { headers: { 'accept-encoding': 'identity' } }
      await fetch(`${stack.edgeUrl}${PAGES[name]}`, plain)
      const cached = await fetch(`${stack.edgeUrl}${PAGES[name]}`, plain)
      html[name] = html[`${name}-headers`] = await cached.text()
      edgeHeaders[`${name}-headers`] = [...cached.headers].filter(([header]) => !NGINX_OWN_HEADERS.has(header))
    }
    files = await startFileServer(filePort, html, edgeHeaders)

    const edgeTargets = names.map((name) => ({ url: `${stack.edgeUrl}${PAGES[name]}` }))
    const fileTargets = names.map((name) => ({ url: files!.url(name) }))
    const fileWithHeadersTargets = names.map((name) => ({ url: files!.url(`${name}-headers`) }))
    const appTargets = names.map((name) => ({ url: `${stack.instances[0].url}${PAGES[name]}` }))
    // One interleaved run: for each page, file, file with the edge's headers, edge, instance A.
    const at20 = await throughputSideBySide(
      names.flatMap((_, i) => [fileTargets[i], fileWithHeadersTargets[i], edgeTargets[i], appTargets[i]]),
      SECONDS,
    )
    const at200 = await throughputSideBySide(names.flatMap((_, i) => [fileTargets[i], edgeTargets[i]]), SECONDS, 200)

    const token = await login(stack.edgeUrl)
    const found = await fetch(`${stack.edgeUrl}/api/articles?where[slug][equals]=${ARTICLE_SLUG}&depth=0`, { headers: { Authorization: `JWT ${token}` } })
    const id = ((await found.json()) as { docs: { id: number }[] }).docs[0].id
    const visibility = await publishToVisible(stack, token, id)
    sample()

    const rows: string[][] = []
    const ms = (value: number) => `${Math.round(value)} ms`
    const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`
    const withErrors = (t: Throughput) => `${throughputCell(t)}${t.errors ? `, ${t.errors} errors` : ''}`
    names.forEach((name, i) => {
      const [file, fileWithHeaders, edge, app] = at20.slice(i * 4, i * 4 + 4)
      rows.push([`${name}: nginx from a file, 20 conn.`, withErrors(file), ''])
      rows.push([
        `${name}: nginx from a file with the edge's headers, 20 conn.`,
        withErrors(fileWithHeaders),
        `ratio ${(fileWithHeaders.rps / file.rps).toFixed(2)} (what the headers cost)`,
      ])
      rows.push([`${name}: through the edge, 20 conn.`, withErrors(edge), `ratio ${(edge.rps / file.rps).toFixed(2)} (≥ 0.80), p99 ≤ 25 ms`])
      rows.push([`${name}: instance A directly, 20 conn.`, withErrors(app), 'no target'])
    })
    names.forEach((name, i) => {
      const [file, edge] = at200.slice(i * 2, i * 2 + 2)
      rows.push([`${name}: nginx from a file, 200 conn.`, withErrors(file), ''])
      rows.push([`${name}: through the edge, 200 conn.`, withErrors(edge), `ratio ${(edge.rps / file.rps).toFixed(2)}, 0 errors`])
    })
    rows.push(['publish→visible through the edge (edit on A) p50', ms(percentile(visibility.visibleMs, 50)), ''])
    rows.push(['publish→visible through the edge (edit on A) p95', ms(percentile(visibility.visibleMs, 95)), '≤ 2000 ms'])
    rows.push(['edits whose old page came back within 3 s', `${visibility.cameBack} of ${EDITS}`, '0'])
    let total = 0
    for (const [name, bytes] of peaks) {
      total += bytes
      rows.push([`peak RSS ${name}`, mb(bytes), ''])
    }
    rows.push(['peak RSS, whole stack (sum of the peaks)', mb(total), '≤ 700 MB'])

    console.log(`\nnpm run bench:stack · ${new Date().toISOString()} · Node ${process.version} · ${sideBySideMethod(SECONDS)}, then at 200 connections\n`)
    console.log('| measure | result | target |')
    console.log('| --- | --- | --- |')
    for (const [name, value, target] of rows) console.log(`| ${name} | ${value} | ${target} |`)
    console.log(`\npublish→visible, all ${EDITS} (ms): ${visibility.visibleMs.map((v) => Math.round(v)).join(', ')}`)
  } finally {
    clearInterval(sampler)
    files?.stop()
    await stack.stop()
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${DATABASE}${suffix}`, { force: true })
  }
}

runBench(main, 'bench:stack nieudany')
