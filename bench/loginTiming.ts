/**
 * npm run bench:login-timing — can a stranger tell an editor's e-mail from an unknown one
 * by how long a wrong password takes? Starts the production build (see productionServer.ts)
 * and sends BENCH_ROUNDS (30) pairs of wrong-password logins, one for the seeded
 * administrator and one for an address no account has, alternating, each from its own
 * client address (so no per-address limit or pause applies). Prints the answer and the
 * time of each kind (median, p90) and the difference of the medians. BENCH_PORT (3162).
 */
import { BENCH_ADMIN, startProductionServer } from './productionServer'
import { runBench } from './runBench'

const port = Number(process.env.BENCH_PORT ?? 3162)
const rounds = Number(process.env.BENCH_ROUNDS ?? 30)

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]

async function timedLogin(baseUrl: string, email: string, address: string) {
  const started = performance.now()
  const response = await fetch(`${baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify({ email, password: 'zle-haslo-do-pomiaru' }),
  })
  const body = await response.text()
  return { ms: performance.now() - started, answer: `${response.status} ${body}` }
}

async function main() {
  const server = await startProductionServer(port)
  try {
    const kinds = { known: BENCH_ADMIN.email, unknown: 'nie-ma-takiego-konta@konstancin-jeziorna.example' }
    const times: Record<keyof typeof kinds, number[]> = { known: [], unknown: [] }
    const answers: Record<keyof typeof kinds, Set<string>> = { known: new Set(), unknown: new Set() }
    // One of each first, not measured: the first login compiles routes and warms Payload.
    await timedLogin(server.baseUrl, kinds.known, '10.99.0.1')
    await timedLogin(server.baseUrl, kinds.unknown, '10.99.0.2')
    for (let i = 0; i < rounds; i++) {
      const order = (i % 2 === 0 ? ['known', 'unknown'] : ['unknown', 'known']) as (keyof typeof kinds)[]
      for (const kind of order) {
        const { ms, answer } = await timedLogin(server.baseUrl, kinds[kind], `10.${kind === 'known' ? 1 : 2}.${Math.floor(i / 250)}.${i % 250}`)
        times[kind].push(ms)
        answers[kind].add(answer)
      }
    }
    console.log(`| konto | odpowiedź | mediana ms | p90 ms |`)
    console.log(`| --- | --- | --- | --- |`)
    for (const kind of ['known', 'unknown'] as const) {
      const sorted = [...times[kind]].sort((a, b) => a - b)
      console.log(`| ${kind === 'known' ? 'istniejące' : 'nieistniejące'} | ${[...answers[kind]].join(' / ').slice(0, 90)} | ${quantile(sorted, 0.5).toFixed(0)} | ${quantile(sorted, 0.9).toFixed(0)} |`)
    }
    const median = (kind: 'known' | 'unknown') => quantile([...times[kind]].sort((a, b) => a - b), 0.5)
    console.log(`\nróżnica median: ${(median('known') - median('unknown')).toFixed(0)} ms (${rounds} par, ${new Date().toISOString()})`)
    const same = answers.known.size === 1 && [...answers.known][0] === [...answers.unknown][0] && answers.unknown.size === 1
    console.log(same ? 'odpowiedzi identyczne' : 'ODPOWIEDZI RÓŻNE')
    if (!same) process.exitCode = 1
  } finally {
    server.stop()
  }
}

runBench(main, 'bench:login-timing nie powiódł się')
