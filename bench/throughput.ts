import autocannon from 'autocannon'

/** Pages measured side by side with autocannon (20 connections unless told), as `npm run bench` does. */
export type Target = { url: string; headers?: Record<string, string> }
/** errors: failed connections, timeouts and answers other than 2xx */
export type Throughput = { rps: number; p50: number; p99: number; errors: number }

/**
 * The targets take turns in two halves of `seconds`/2 each, the second round in reverse
 * order, so that a change in the load of a shared machine during the run weighs on all of
 * them alike. Each half follows a discarded warm-up second on the same page, so that the
 * garbage left by the page before (the per-request renders leave the most) is collected
 * outside the measured time of the next.
 */
export async function throughputSideBySide(targets: Target[], seconds: number, connections = 20): Promise<Throughput[]> {
  for (const { url, headers } of targets) await fetch(url, { headers }) // the first request fills the cache
  const halves: Throughput[][] = targets.map(() => [])
  for (let round = 0; round < 2; round++) {
    const order = round === 0 ? [...targets.keys()] : [...targets.keys()].reverse()
    for (const i of order) {
      const { url, headers } = targets[i]
      await autocannon({ url, connections, duration: 1, headers })
      const r = await autocannon({ url, connections, duration: seconds / 2, headers })
      halves[i].push({ rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.timeouts + r.non2xx })
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

/** What the second request of a page answers: Next's cache header, Cache-Control and the body's size. */
export async function servedAs(url: string, headers?: Record<string, string>): Promise<string> {
  await fetch(url, { headers })
  const response = await fetch(url, { headers })
  const kib = (await response.arrayBuffer()).byteLength / 1024
  const cache = response.headers.get('x-nextjs-cache') ?? '—'
  const cacheControl = response.headers.get('cache-control') ?? '—'
  return `x-nextjs-cache: ${cache}, Cache-Control: ${cacheControl.split(',')[0]}, ${kib.toFixed(1)} KiB`
}

/** How throughputSideBySide measured, for a bench's heading. */
export const sideBySideMethod = (seconds: number, connections = 20) =>
  `autocannon ${connections} connections × ${seconds} s per page (2 halves, order reversed, 1 s warm-up each)`

/** One row of a bench's table for a measured page. */
export const throughputCell = (t: Throughput) => `${Math.round(t.rps)} req/s, p50 ${t.p50} ms, p99 ${t.p99} ms`
