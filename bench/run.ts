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
import { login, percentile } from './benchSession'
import { startProductionServer } from './productionServer'
import { runBench } from './runBench'
import { servedAs, sideBySideMethod, throughputCell, throughputSideBySide } from './throughput'
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

    const visible = await publishToVisible(baseUrl, token, id)
    const cookie = await draftModeCookie(baseUrl, token, id)
    const [article, prerendered, prerendered404, perRequest] = await throughputSideBySide([
      { url: `${baseUrl}${ARTICLE_PATH}` },
      { url: `${baseUrl}${PRERENDERED_PATH}` },
      { url: `${baseUrl}${PRERENDERED_404_PATH}` },
      { url: `${baseUrl}${ARTICLE_PATH}`, headers: { cookie } },
    ], SECONDS)
    const ratio = article.rps / prerendered.rps
    const answers = {
      article: await servedAs(`${baseUrl}${ARTICLE_PATH}`),
      prerendered: await servedAs(`${baseUrl}${PRERENDERED_PATH}`),
      prerendered404: await servedAs(`${baseUrl}${PRERENDERED_404_PATH}`),
      perRequest: await servedAs(`${baseUrl}${ARTICLE_PATH}`, { cookie }),
    }
    clearInterval(sampler)
    peak = Math.max(peak, treeRss(server.pid))

    const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`
    const ms = (value: number) => `${Math.round(value)} ms`
    const rows = [
      ['publish→visible p50', ms(percentile(visible, 50)), ''],
      ['publish→visible p95', ms(percentile(visible, 95)), '≤ 2000 ms'],
      [`cached article ${ARTICLE_PATH.slice(0, 24)}… (${answers.article})`, throughputCell(article), ''],
      [`prerendered at build ${PRERENDERED_PATH} (${answers.prerendered})`, throughputCell(prerendered), ''],
      [`same article rendered per request (${answers.perRequest})`, throughputCell(perRequest), ''],
      [`prerendered 404 page ${PRERENDERED_404_PATH} (${answers.prerendered404})`, throughputCell(prerendered404), ''],
      [`cached article / prerendered ${PRERENDERED_PATH}`, ratio.toFixed(2), '≥ 0.90'],
      [`cached article / prerendered 404 page`, (article.rps / prerendered404.rps).toFixed(2), ''],
      ['server peak memory (RSS, process tree)', mb(peak), '≤ 300 MB'],
    ]
    const errors = article.errors + prerendered.errors + prerendered404.errors + perRequest.errors
    console.log(`\nnpm run bench · ${new Date().toISOString()} · Node ${process.version} · ${EDITS} edits · ${sideBySideMethod(SECONDS)}${errors ? ` · ${errors} errors` : ''}\n`)
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
