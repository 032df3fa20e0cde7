/**
 * npm run bench:shared-cache: what Next's cache in Redis (REDIS_URL, cache-handler.mjs)
 * costs the origin. Two production servers on one seeded database, one with Next's own
 * cache (memory) and one with the shared cache in a local redis-server, measured side by
 * side on the cached article and home page; plus the size of the article's Redis entry.
 * BENCH_PORT (default 3171, and the next port), BENCH_SECONDS (default 10).
 */
import { createClient } from 'redis'

import { freePort } from '../tests/support/ports'
import { RedisServer } from '../tests/support/redisServer'
import { startProductionServer } from './productionServer'
import { runBench } from './runBench'
import { servedAs, sideBySideMethod, throughputCell, throughputSideBySide } from './throughput'

const PORT = Number(process.env.BENCH_PORT ?? 3171)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10)
const ARTICLE_PATH = '/aktualnosci/konstancin-jeziorna-zostal-czlonkiem-zwiazku-miast-polskich'

runBench(async () => {
  const redis = new RedisServer(await freePort())
  await redis.start()
  const memory = await startProductionServer(PORT)
  const shared = await startProductionServer(PORT + 1, { joining: { REDIS_URL: redis.url } })
  try {
    const pages = [ARTICLE_PATH, '/']
    const targets = pages.flatMap((path) => [{ url: `${memory.baseUrl}${path}` }, { url: `${shared.baseUrl}${path}` }])
    const results = await throughputSideBySide(targets, SECONDS)
    const client = createClient({ url: redis.url })
    await client.connect()
    const [articleKey] = await client.keys('portal:next:*zostal-czlonkiem*')
    const articleBytes = articleKey ? await client.strLen(articleKey) : 0
    await client.close()

    console.log(`\n${sideBySideMethod(SECONDS)}\n`)
    console.log('| page | Next\'s own cache (memory) | shared cache in Redis | ratio |')
    console.log('| --- | --- | --- | --- |')
    for (const [i, path] of pages.entries()) {
      const [own, inRedis] = [results[2 * i], results[2 * i + 1]]
      const answered = await servedAs(`${shared.baseUrl}${path}`)
      console.log(`| ${path.slice(0, 30)} (${answered}) | ${throughputCell(own)} | ${throughputCell(inRedis)} | ${(inRedis.rps / own.rps).toFixed(2)} |`)
    }
    console.log(`\nThe article's entry in Redis: ${(articleBytes / 1024).toFixed(0)} KiB (${articleKey ?? 'not found'}).`)
    const errors = results.reduce((sum, r) => sum + r.errors, 0)
    if (errors > 0) {
      console.error(`${errors} failed requests`)
      process.exitCode = 1
    }
  } finally {
    memory.stop()
    shared.stop()
    await redis.remove()
  }
}, 'bench:shared-cache nie powiódł się')
