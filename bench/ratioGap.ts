/**
 * npm run bench:ratio-gap: where the cached article loses to /dane in `npm run bench`.
 * Builds a throw-away copy of the committed project (a clone of HEAD in the system's
 * temporary folder, node_modules hard-linked) with two pages that exist only there, both
 * prerendered at build from a seeded database:
 *   /pomiar-artykul  the seeded article with its metadata, through a route without params;
 *   /pomiar-dane     /dane with hidden text added, to about the article's size.
 * Then measures side by side, as `npm run bench` does, the cached article (its own route
 * with a slug, cached on first request), the same article through the route without params,
 * the enlarged /dane and /dane. Two ratios follow: the article's route against the page
 * without params (same bytes), and the enlarged /dane against /dane (same route, more bytes).
 * BENCH_PORT (default 3143), BENCH_SECONDS (default 10).
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { type ProductionServer, startProductionServer } from './productionServer'
import { runBench } from './runBench'
import { servedAs, sideBySideMethod, throughputCell, throughputSideBySide } from './throughput'

const PORT = Number(process.env.BENCH_PORT ?? 3143)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10)
const ARTICLE_SLUG = 'konstancin-jeziorna-zostal-czlonkiem-zwiazku-miast-polskich'

const MEASURE_PAGES = {
  'app/(frontend)/pomiar-artykul/page.tsx': `import ArticlePage, { generateMetadata as articleMetadata } from '../aktualnosci/[slug]/page'

const params = () => Promise.resolve({ slug: '${ARTICLE_SLUG}' })

export const generateMetadata = () => articleMetadata({ params: params() })

export default function MeasuredArticle() {
  return <ArticlePage params={params()} />
}
`,
  // The text is written twice, in the HTML and in the React payload: about 14 KiB in all.
  'app/(frontend)/pomiar-dane/page.tsx': `import OpenDataPage from '../dane/page'

export default function MeasuredOpenData() {
  return (
    <>
      <OpenDataPage />
      <div hidden>{'Związek Miast Polskich '.repeat(310)}</div>
    </>
  )
}
`,
}

function run(command: string, args: string[], cwd: string): boolean {
  return spawnSync(command, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'] }).status === 0
}

/** A clone of HEAD in `folder` with the measured pages; node_modules hard-linked, or installed when the folder is on another disk. */
function copyProject(folder: string): void {
  if (!run('git', ['clone', '--quiet', process.cwd(), folder], process.cwd())) throw new Error('git clone nieudany')
  if (!run('cp', ['-al', 'node_modules', join(folder, 'node_modules')], process.cwd())) {
    console.error('Nie można dowiązać node_modules (inny dysk?): npm ci w kopii')
    if (!run('npm', ['ci', '--no-audit', '--no-fund'], folder)) throw new Error('npm ci w kopii nieudane')
  }
  for (const [file, source] of Object.entries(MEASURE_PAGES)) {
    mkdirSync(join(folder, file, '..'), { recursive: true })
    writeFileSync(join(folder, file), source)
  }
}

async function main() {
  const home = process.cwd()
  const folder = mkdtempSync(join(tmpdir(), 'portal-ratio-gap-'))
  try {
    copyProject(folder)
    process.chdir(folder)
    await measure(await startProductionServer(PORT, { seedBeforeBuild: true }))
  } finally {
    process.chdir(home)
    rmSync(folder, { recursive: true, force: true })
  }
}

async function measure(server: ProductionServer) {
  try {
    const pages = [
      ['cached article, route with a slug', `/aktualnosci/${ARTICLE_SLUG}`],
      ['same article, route without params, prerendered at build', '/pomiar-artykul'],
      ['/dane with hidden text, prerendered at build', '/pomiar-dane'],
      ['/dane, prerendered at build', '/dane'],
    ] as const
    const targets = pages.map(([, path]) => ({ url: `${server.baseUrl}${path}` }))
    const results = await throughputSideBySide(targets, SECONDS)
    const answers = await Promise.all(targets.map(({ url }) => servedAs(url)))
    const [article, staticArticle, largeOpenData, openData] = results
    const errors = results.reduce((sum, r) => sum + r.errors, 0)

    console.log(`\nnpm run bench:ratio-gap · ${new Date().toISOString()} · Node ${process.version} · ${sideBySideMethod(SECONDS)}${errors ? ` · ${errors} errors` : ''}\n`)
    console.log('| page | answer | throughput |')
    console.log('| --- | --- | --- |')
    pages.forEach(([name, path], i) => console.log(`| ${name} ${path.slice(0, 24)} | ${answers[i]} | ${throughputCell(results[i])} |`))
    console.log('')
    console.log('| ratio | value |')
    console.log('| --- | --- |')
    console.log(`| cached article / /dane (npm run bench's ratio) | ${(article.rps / openData.rps).toFixed(2)} |`)
    console.log(`| cached article / same article without params: the route with a slug | ${(article.rps / staticArticle.rps).toFixed(2)} |`)
    console.log(`| /dane with hidden text / /dane: the page's size | ${(largeOpenData.rps / openData.rps).toFixed(2)} |`)
  } finally {
    server.stop()
  }
}

runBench(main, 'Pomiar nieudany')
