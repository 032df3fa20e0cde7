/**
 * npm run bench:search — drives /szukaj on the production build at 20 connections with
 * varied queries and prints throughput and latency. Target: ≥ 300 req/s, p99 ≤ 200 ms.
 * BENCH_PORT (3151), BENCH_SECONDS (20), BENCH_CONNECTIONS (20) can be changed.
 */
import { cpus, loadavg } from 'node:os'

import autocannon from 'autocannon'

import { startProductionServer } from './server'

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

async function main() {
  const { baseUrl, stop, cpuSeconds } = await startProductionServer(port)
  try {
    const paths = QUERIES.map((q) => `/szukaj?q=${encodeURIComponent(q)}`)
    // one request per query first: the first answer for a query reads the index, later ones the cache
    for (const path of paths) {
      const response = await fetch(baseUrl + path)
      if (response.status !== 200) throw new Error(`${path}: HTTP ${response.status}`)
    }
    const cpuBefore = cpuSeconds()
    const result = await autocannon({
      url: baseUrl,
      connections,
      duration: seconds,
      requests: paths.map((path) => ({ method: 'GET', path })),
    })
    const cpuPerRequest = ((cpuSeconds() - cpuBefore) * 1000) / result.requests.total
    const rps = result.requests.average
    const p99 = result.latency.p99
    console.log(`\n/szukaj, ${QUERIES.length} różnych zapytań, ${connections} połączeń, ${seconds} s`)
    console.log(`żądań/s (średnio): ${rps.toFixed(0)}   łącznie: ${result.requests.total}`)
    console.log(
      `opóźnienie ms: p50 ${result.latency.p50}  p90 ${result.latency.p90}  p97.5 ${result.latency.p97_5}  p99 ${p99}  max ${result.latency.max}`,
    )
    console.log(`błędy: ${result.errors}  przekroczenia czasu: ${result.timeouts}  odpowiedzi nie-2xx: ${result.non2xx}`)
    console.log(
      `czas CPU serwera na żądanie: ${cpuPerRequest.toFixed(2)} ms, czyli na 2 wolnych rdzeniach do ok. ${Math.round(2000 / cpuPerRequest)} żądań/s`,
    )
    console.log(`obciążenie maszyny (loadavg 1 min) po pomiarze: ${loadavg()[0].toFixed(1)} na ${cpus().length} rdzeniach`)
    const ok = rps >= 300 && p99 <= 200 && result.non2xx === 0 && result.errors === 0
    console.log(ok ? 'CEL OSIĄGNIĘTY (≥ 300 req/s, p99 ≤ 200 ms)' : 'CEL NIEOSIĄGNIĘTY (≥ 300 req/s, p99 ≤ 200 ms)')
  } finally {
    stop()
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`bench:search nieudany: ${(error as Error).message}`)
    process.exit(1)
  },
)
