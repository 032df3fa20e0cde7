/**
 * npm run bench:search — drives /szukaj on the production build at 20 connections with
 * varied queries and prints throughput and latency. Target: ≥ 300 req/s, p99 ≤ 200 ms
 * for the varied queries; the run that renders every request is printed beside it.
 * BENCH_PORT (3151), BENCH_SECONDS (20), BENCH_CONNECTIONS (20) can be changed.
 */
import { cpus, loadavg } from 'node:os'

import autocannon from 'autocannon'

import { startProductionServer } from './productionServer'
import { runBench } from './runBench'

const QUERIES = [
  'zwiazek miast',
  'ZWIĄZEK',
  'Wisniewski',
  'wiśniewski',
  'rada miejska',
  'Konstancin-Jeziorna',
  'głosowanie',
  'przystapienie',
  'uchwała',
  'Radzyń Podlaski',
  'augustow',
  'deklaracja dostępności',
  'burmistrz',
  'samorząd terytorialny',
  'nie ma takiego słowa',
  'ZMP',
  'sesja październikowa',
  'morawica brzesko',
  'współpraca międzynarodowa',
  'qwertyuiop',
]

const port = Number(process.env.BENCH_PORT ?? 3151)
const seconds = Number(process.env.BENCH_SECONDS ?? 20)
const connections = Number(process.env.BENCH_CONNECTIONS ?? 20)

type Run = { label: string; rps: number; total: number; p50: number; p90: number; p99: number; max: number; failed: number; cpuMs: number }

async function drive(
  label: string,
  baseUrl: string,
  cpuSeconds: () => number,
  nextPath: () => string,
): Promise<Run> {
  const cpuBefore = cpuSeconds()
  const result = await autocannon({
    url: baseUrl,
    connections,
    duration: seconds,
    requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: nextPath() }) }],
  })
  return {
    label,
    rps: result.requests.average,
    total: result.requests.total,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    max: result.latency.max,
    failed: result.errors + result.timeouts + result.non2xx,
    cpuMs: ((cpuSeconds() - cpuBefore) * 1000) / result.requests.total,
  }
}

/**
 * Two runs: the varied queries repeated, as readers repeat them (answered from the proxy's
 * cache of search pages once rendered), and every request a new address (an unused `n`
 * parameter), so that each one is rendered by Next: the worst case, for comparison.
 */
async function main() {
  const { baseUrl, stop, cpuSeconds } = await startProductionServer(port)
  try {
    const paths = QUERIES.map((q) => `/szukaj?q=${encodeURIComponent(q)}`)
    // one request per query first: the first answer for a query reads the index, later ones the cache
    for (const path of paths) {
      const response = await fetch(baseUrl + path)
      if (response.status !== 200) throw new Error(`${path}: HTTP ${response.status}`)
    }
    let n = 0
    const repeated = await drive('te same zapytania powtarzane', baseUrl, cpuSeconds, () => paths[n++ % paths.length])
    const unique = await drive('każde żądanie pod nowym adresem (render)', baseUrl, cpuSeconds, () => `${paths[n % paths.length]}&n=${n++}`)

    console.log(`\n/szukaj, ${QUERIES.length} różnych zapytań, ${connections} połączeń, ${seconds} s na przebieg\n`)
    console.log('| przebieg | żądań/s | p50 ms | p90 ms | p99 ms | max ms | błędy | CPU serwera ms/żądanie |')
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- |')
    for (const r of [repeated, unique]) {
      console.log(`| ${r.label} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p90} | ${r.p99} | ${r.max} | ${r.failed} | ${r.cpuMs.toFixed(2)} |`)
    }
    console.log(`\nobciążenie maszyny (loadavg 1 min) po pomiarze: ${loadavg()[0].toFixed(1)} na ${cpus().length} rdzeniach`)
    const ok = repeated.rps >= 300 && repeated.p99 <= 200 && repeated.failed === 0 && unique.failed === 0
    console.log(ok ? 'CEL OSIĄGNIĘTY (≥ 300 req/s, p99 ≤ 200 ms)' : 'CEL NIEOSIĄGNIĘTY (≥ 300 req/s, p99 ≤ 200 ms)')
  } finally {
    stop()
  }
}

runBench(main, 'bench:search nieudany')
