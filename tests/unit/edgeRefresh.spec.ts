import { type ChildProcess, spawn } from 'node:child_process'
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { refreshablePaths, refreshAtEdge } from '@/lib/edge/edgeRefresh'
import { onDemandRevalidateId } from '@/lib/edge/onDemandRevalidateId'
import { EDGE_REFRESH_HEADER } from '@/lib/edge/refreshSettings'
import { parseEnv } from '@/lib/env'
import { renderEdgeConfig } from '@/scripts/stack/edgeConfig'
import { freePort } from '@/scripts/stack/freePort'
import { listening } from '@/scripts/stack/startStack'
import { requireProgram } from '@/scripts/stack/programs'

const SECRET = 'test-refresh-secret-0123456789abcdefghij'
// A build of its own, so that the refresh's on-demand render id is known here.
const BUILD_ID = 'test-on-demand-revalidate-id'
const build = mkdtempSync(path.join(tmpdir(), 'edge-refresh-build-'))
writeFileSync(path.join(build, 'prerender-manifest.json'), JSON.stringify({ preview: { previewModeId: BUILD_ID } }))
process.env.PORTAL_DIST_DIR = build
afterAll(() => {
  rmSync(build, { recursive: true, force: true })
  delete process.env.PORTAL_DIST_DIR
})

type Seen = { path: string; headers: http.IncomingHttpHeaders }

/** A stand-in for an app instance: every page says which version of the site it shows. */
async function startOrigin() {
  const seen: Seen[] = []
  const origin = { version: 1, seen, port: await freePort(), server: undefined as unknown as http.Server }
  origin.server = http.createServer((request, response) => {
    seen.push({ path: request.url ?? '', headers: request.headers })
    // Next's Vary; readers' Accept-Encoding differs from browser to browser and from the refresh's.
    response.writeHead(request.url?.startsWith('/zepsuta') ? 503 : 200, {
      'content-type': 'text/html; charset=utf-8',
      vary: 'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding',
    })
    response.end(`<p>wersja ${origin.version}</p>`)
  })
  await new Promise<void>((resolve) => origin.server.listen(origin.port, '127.0.0.1', resolve))
  return origin
}

describe('which pages the edge can refresh', () => {
  it('keeps concrete paths once, leaves route patterns and "every page" to the micro-cache', () => {
    expect(refreshablePaths(['/', '/aktualnosci/a', '/aktualnosci/a', '/(frontend)/aktualnosci/strona/[n]', '/*', 'x'])).toEqual([
      '/',
      '/aktualnosci/a',
    ])
  })
})

describe('the refresh settings come from the environment, checked', () => {
  const base = { NODE_ENV: 'test', SITE_URL: 'https://konstancinjeziorna.pl' } as const

  it('is off without a secret', () => {
    expect(parseEnv(base).edgeRefresh).toBeNull()
  })

  it('goes to the public address by default, keyed by its host', () => {
    expect(parseEnv({ ...base, EDGE_REFRESH_SECRET: SECRET }).edgeRefresh).toEqual({
      edgeUrl: 'https://konstancinjeziorna.pl',
      publicHost: 'konstancinjeziorna.pl',
      secret: SECRET,
    })
    expect(parseEnv({ ...base, EDGE_REFRESH_SECRET: SECRET, EDGE_REFRESH_URL: 'http://127.0.0.1:8080/' }).edgeRefresh?.edgeUrl).toBe(
      'http://127.0.0.1:8080',
    )
  })

  it.each([['short'], ['a secret with "quotes" and spaces, long enough to pass']])('refuses the secret %j with a one-line reason', (secret) => {
    expect(() => parseEnv({ ...base, EDGE_REFRESH_SECRET: secret })).toThrow(/^EDGE_REFRESH_SECRET: co najmniej 32 znaki/)
  })

  it('refuses the secret in the nginx configuration too', () => {
    const work = mkdtempSync(path.join(tmpdir(), 'edge-refresh-'))
    try {
      expect(() =>
        renderEdgeConfig({ confDir: work, listen: '1', appServers: ['127.0.0.1:2'], cacheDir: work, refreshSecret: 'x"; }' }),
      ).toThrow(/^EDGE_REFRESH_SECRET: /)
    } finally {
      rmSync(work, { recursive: true, force: true })
    }
  })
})

describe('refreshAtEdge sends each page once, as the public host, without cookies', () => {
  it('asks for every concrete page with the secret and reads it whole; a failure is logged, not thrown', async () => {
    const origin = await startOrigin()
    const errors: string[] = []
    try {
      await refreshAtEdge(
        ['/', '/aktualnosci/a', '/aktualnosci/a', '/aktualnosci/strona/[n]', '/zepsuta'],
        { edgeUrl: `http://127.0.0.1:${origin.port}`, publicHost: 'konstancinjeziorna.pl', secret: SECRET },
        { error: (message) => errors.push(message) },
        10,
      )
      // Twice each: a second pass catches an instance that rendered before it saw the change.
      expect(origin.seen.map((request) => request.path).sort()).toEqual(['/', '/', '/aktualnosci/a', '/aktualnosci/a', '/zepsuta', '/zepsuta'])
      for (const request of origin.seen) {
        expect(request.headers.host).toBe('konstancinjeziorna.pl')
        expect(request.headers[EDGE_REFRESH_HEADER]).toBe(SECRET)
        expect(request.headers.cookie).toBeUndefined()
        expect(request.headers['x-prerender-revalidate']).toBe(BUILD_ID)
      }
      expect(errors).toEqual(Array(2).fill('Brzeg (nginx) nie odświeżył strony /zepsuta: odpowiedź 503'))

      await refreshAtEdge(['/'], { edgeUrl: 'http://127.0.0.1:9', publicHost: 'x', secret: SECRET }, { error: (message) => errors.push(message) }, 10)
      expect(errors[2]).toMatch(/^Brzeg \(nginx\) nie odświeżył strony \/: /)
    } finally {
      origin.server.close()
    }
  })
})

describe('nginx with the rendered configuration: a refresh replaces the cached page at once', () => {
  let nginx: ChildProcess
  let origin: Awaited<ReturnType<typeof startOrigin>>
  let edgeUrl: string
  const work = mkdtempSync(path.join(tmpdir(), 'edge-refresh-nginx-'))

  beforeAll(async () => {
    chmodSync(work, 0o755) // nginx's workers (another user when started as root) read and write here
    origin = await startOrigin()
    const edgePort = await freePort()
    edgeUrl = `http://127.0.0.1:${edgePort}`
    const config = renderEdgeConfig({
      confDir: path.join(work, 'conf'),
      runDir: work,
      listen: `127.0.0.1:${edgePort}`,
      appServers: [`127.0.0.1:${origin.port}`],
      cacheDir: path.join(work, 'cache'),
      workerProcesses: '1',
      refreshSecret: SECRET,
    })
    nginx = spawn(requireProgram('nginx'), ['-c', config, '-e', path.join(work, 'error.log'), '-g', 'daemon off;'], { stdio: 'ignore' })
    const deadline = Date.now() + 15_000
    while (!(await listening(edgePort))) {
      if (Date.now() > deadline || nginx.exitCode !== null) throw new Error('nginx nie wystartował')
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  })

  afterAll(async () => {
    nginx?.kill('SIGTERM')
    origin?.server.close()
    await new Promise((resolve) => nginx?.once('exit', resolve))
    rmSync(work, { recursive: true, force: true })
  })

  const read = async (headers: Record<string, string> = {}) => {
    const response = await fetch(`${edgeUrl}/aktualnosci/a`, { headers: { 'accept-encoding': 'gzip, deflate, br, zstd', ...headers } })
    return { text: await response.text(), cache: response.headers.get('x-cache-status') }
  }

  it('serves the cached page until refreshed; only the right secret refreshes; the secret never reaches the app', async () => {
    expect(await read()).toEqual({ text: '<p>wersja 1</p>', cache: 'MISS' })
    origin.version = 2
    // Within the entry's second, readers get the cached page; a wrong secret is an ordinary reader.
    expect(await read()).toEqual({ text: '<p>wersja 1</p>', cache: 'HIT' })
    expect(await read({ [EDGE_REFRESH_HEADER]: 'not-the-secret-0123456789abcdefghijkl' })).toEqual({ text: '<p>wersja 1</p>', cache: 'HIT' })
    // Next's on-demand render header reaches the app from a refresh only.
    await fetch(`${edgeUrl}/inna?x=1`, { headers: { 'x-prerender-revalidate': 'proba' } })
    expect(origin.seen.at(-1)?.headers['x-prerender-revalidate']).toBeUndefined()

    await refreshAtEdge(['/aktualnosci/a'], { edgeUrl, publicHost: new URL(edgeUrl).host, secret: SECRET }, { error: (message) => expect.fail(message) }, 10)
    expect(await read()).toEqual({ text: '<p>wersja 2</p>', cache: 'HIT' })
    expect(await read({ 'accept-encoding': 'gzip' })).toEqual({ text: '<p>wersja 2</p>', cache: 'HIT' })
    expect(origin.seen.every((request) => request.headers[EDGE_REFRESH_HEADER] === undefined)).toBe(true)
    expect(onDemandRevalidateId()).toBe(BUILD_ID)
    expect(origin.seen.at(-1)?.headers['x-prerender-revalidate']).toBe(BUILD_ID)
  })
})
