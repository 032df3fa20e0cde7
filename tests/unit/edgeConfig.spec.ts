import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { MAX_UPLOAD_MEGABYTES } from '@/lib/media/limits'
import { renderEdgeConfig, renderTemplate } from '@/scripts/stack/edgeConfig'
import { requireProgram } from '@/scripts/stack/programs'

const work = mkdtempSync(path.join(tmpdir(), 'edge-config-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('edge template rendering', () => {
  it('fills every placeholder and leaves nginx variables alone', () => {
    expect(renderTemplate('listen ${LISTEN}; proxy_pass $scheme://x;', { LISTEN: '8080' })).toBe('listen 8080; proxy_pass $scheme://x;')
  })

  it('refuses a placeholder without a value instead of writing an empty one', () => {
    expect(() => renderTemplate('root ${ERRORS};', {})).toThrow('${ERRORS}')
  })
})

describe('the rendered edge configuration', () => {
  const confDir = path.join(work, 'conf')
  const main = renderEdgeConfig({
    confDir,
    runDir: work,
    listen: '127.0.0.1:1',
    appServers: ['127.0.0.1:2', '127.0.0.1:3'],
    cacheDir: path.join(work, 'cache'),
  })
  const files = ['nginx.conf', 'portal.conf', 'portal-locations.conf', 'errors/503.html', 'errors/503.json', 'errors/413.html', 'errors/413.json']

  it('is accepted by nginx', () => {
    const result = spawnSync(requireProgram('nginx'), ['-t', '-c', main, '-e', path.join(work, 'test.log')], { encoding: 'utf8' })
    expect(result.stderr).toContain('syntax is ok')
    expect(result.status).toBe(0)
  })

  it('has no placeholder left and is readable by nginx workers running as another user', () => {
    for (const file of files) {
      const full = path.join(confDir, file)
      expect(readFileSync(full, 'utf8'), file).not.toMatch(/\$\{[A-Z_]+\}/)
      expect(statSync(full).mode & 0o004, file).toBe(0o004)
    }
  })

  it('accepts a body as large as the upload limit plus its form, and names the limit in Polish', () => {
    expect(readFileSync(path.join(confDir, 'portal-locations.conf'), 'utf8')).toContain(`client_max_body_size ${MAX_UPLOAD_MEGABYTES + 1}m;`)
    expect(readFileSync(path.join(confDir, 'errors/413.html'), 'utf8')).toContain(`${MAX_UPLOAD_MEGABYTES} MB`)
  })

  it('sends requests to every app instance', () => {
    const portal = readFileSync(path.join(confDir, 'portal.conf'), 'utf8')
    expect(portal).toContain('server 127.0.0.1:2 ')
    expect(portal).toContain('server 127.0.0.1:3 ')
  })
})
