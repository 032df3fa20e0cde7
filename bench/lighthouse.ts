/**
 * npm run bench:lighthouse — Lighthouse (mobile settings, Debian's Chromium) on the home,
 * article and vote pages of the production build; prints the four scores of each page
 * (the median of BENCH_RUNS runs, 3 by default) and the JavaScript the article transfers.
 * Targets: performance ≥ 95, accessibility 100, best practices 100, SEO 100.
 */
import { launch } from 'chrome-launcher'
import lighthouse from 'lighthouse'

import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../e2e/chromium'
import { startProductionServer } from './productionServer'
import { runBench } from './runBench'

const PAGES: Array<[string, string]> = [
  ['strona główna', '/'],
  ['artykuł', '/aktualnosci/konstancin-jeziorna-zostal-czlonkiem-zwiazku-miast-polskich'],
  ['głosowanie', '/glosowania/przystapienie-gminy-konstancin-jeziorna-do-zwiazku-miast-polskich'],
]
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
const TARGETS: Record<(typeof CATEGORIES)[number], number> = {
  performance: 95,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
}
const CHROME_FLAGS = ['--headless', ...CHROMIUM_FLAGS]

const port = Number(process.env.BENCH_PORT ?? 3152)
const runs = Number(process.env.BENCH_RUNS ?? 3)

type NetworkItem = { resourceType?: string; transferSize?: number; url?: string }

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

async function main() {
  const { baseUrl, stop } = await startProductionServer(port)
  const chrome = await launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROME_FLAGS })
  try {
    const rows: string[][] = []
    let articleScripts: NetworkItem[] = []
    let allMet = true
    for (const [name, path] of PAGES) {
      await fetch(baseUrl + path) // the first request renders and caches the page
      const scores: Record<string, number[]> = Object.fromEntries(CATEGORIES.map((c) => [c, []]))
      for (let i = 0; i < runs; i++) {
        const result = await lighthouse(baseUrl + path, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...CATEGORIES],
        })
        if (!result) throw new Error(`Lighthouse nie zwrócił wyniku dla ${path}`)
        for (const c of CATEGORIES) scores[c].push(Math.round((result.lhr.categories[c].score ?? 0) * 100))
        const metric = (id: string) => result.lhr.audits[id]?.displayValue ?? '?'
        console.log(
          `  ${name}, przebieg ${i + 1}: wydajność ${scores.performance[i]} (FCP ${metric('first-contentful-paint')}, LCP ${metric('largest-contentful-paint')}, TBT ${metric('total-blocking-time')}, CLS ${metric('cumulative-layout-shift')}, SI ${metric('speed-index')})`,
        )
        if (path.startsWith('/aktualnosci/') && i === 0) {
          const items = (result.lhr.audits['network-requests'].details as { items?: NetworkItem[] } | undefined)?.items
          articleScripts = (items ?? []).filter((item) => item.resourceType === 'Script')
        }
        for (const [id, audit] of Object.entries(result.lhr.audits)) {
          if (audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary' && id !== 'bf-cache') {
            console.log(`  ${name}, przebieg ${i + 1}: nie spełnia „${id}”: ${audit.title}`)
          }
        }
      }
      const medians = CATEGORIES.map((c) => median(scores[c]))
      CATEGORIES.forEach((c, i) => {
        if (medians[i] < TARGETS[c]) allMet = false
      })
      rows.push([name, ...medians.map(String), CATEGORIES.map((c) => scores[c].join('/')).join('  ')])
    }

    console.log(`\nLighthouse 12 (ustawienia mobilne), ${baseUrl}, mediana z ${runs} przebiegów`)
    console.log('| strona | wydajność | dostępność | dobre praktyki | SEO | wszystkie przebiegi (wyd. / dost. / prakt. / SEO) |')
    console.log('| --- | --- | --- | --- | --- | --- |')
    for (const row of rows) console.log(`| ${row.join(' | ')} |`)
    const bytes = articleScripts.reduce((sum, item) => sum + (item.transferSize ?? 0), 0)
    console.log(
      `\nJavaScript przesłany przez stronę artykułu: ${(bytes / 1024).toFixed(1)} KiB w ${articleScripts.length} plikach (po kompresji)`,
    )
    console.log(allMet ? 'CELE OSIĄGNIĘTE' : 'CELE NIEOSIĄGNIĘTE (wydajność ≥ 95, pozostałe 100)')
  } finally {
    await chrome.kill()
    stop()
  }
}

runBench(main, 'bench:lighthouse nieudany')
