import { describe, expect, it } from 'vitest'

import { leavePreviewQuery } from '@/lib/previewRequest'
import { oldNewsListTarget, withoutIndexPhp } from '@/lib/redirects/oldSitePath'
import { collapseChains, fromPathProblem, normalisePath, pathProblem } from '@/lib/redirects/redirectPath'
import { sameSiteTarget } from '@/lib/redirects/sameSiteTarget'

describe('redirect chains', () => {
  it('sends every path of a chain straight to its end', () => {
    const map = collapseChains([
      ['/a', '/b'],
      ['/b', '/c?x=1'],
      ['/c', '/d'],
    ])
    expect(Object.fromEntries(map)).toEqual({ '/a': '/d', '/b': '/d', '/c': '/d' })
  })

  it('leaves out redirects caught in a loop', () => {
    const map = collapseChains([
      ['/a', '/b'],
      ['/b', '/a'],
      ['/self', '/self'],
      ['/x', '/y'],
    ])
    expect(Object.fromEntries(map)).toEqual({ '/x': '/y' })
  })
})

describe('redirect paths', () => {
  it('accepts paths of this site only', () => {
    expect(pathProblem('/aktualnosci/x')).toBeNull()
    for (const bad of ['https://example.com', '//example.com', '/\\example.com', 'x', '', '/a b']) {
      expect(pathProblem(bad), bad).not.toBeNull()
    }
  })

  it('refuses old paths with a query string or inside the admin and API', () => {
    expect(fromPathProblem('/news/x')).toBeNull()
    for (const bad of ['/news/x?a=1', '/admin', '/api/articles', '/']) expect(fromPathProblem(bad), bad).not.toBeNull()
  })

  it('drops a trailing slash', () => {
    expect(normalisePath('/news/x/')).toBe('/news/x')
    expect(normalisePath('/')).toBe('/')
  })
})

describe('a redirect stays on this site once resolved', () => {
  const LEAVING = [
    '/..//evil.example',
    '/.//evil.example',
    '/a/../..//evil.example',
    '/a/b/../../..//evil.example',
    '/%2e%2e//evil.example',
    '/%2E//evil.example',
    '/./%2e/..//evil.example/x?y=1',
  ]

  it.each(LEAVING)('refuses %s, on saving and on serving', (target) => {
    expect(sameSiteTarget(target)).toBeNull()
    expect(pathProblem(target)).toMatch(/prowadzi poza portal/)
  })

  it('keeps paths of this site, resolved as a browser would', () => {
    expect(sameSiteTarget('/aktualnosci/x?strona=2#komentarze')).toBe('/aktualnosci/x?strona=2#komentarze')
    expect(sameSiteTarget('/a/../b')).toBe('/b')
    expect(sameSiteTarget('/..')).toBe('/')
    expect(pathProblem('/a/../b')).toBeNull()
  })

  it('the preview exit goes to the home page instead of leaving the site', () => {
    for (const sciezka of LEAVING) expect(leavePreviewQuery.parse({ sciezka })).toEqual({ sciezka: '/' })
    expect(leavePreviewQuery.parse({ sciezka: '/aktualnosci/x' })).toEqual({ sciezka: '/aktualnosci/x' })
  })
})

describe("the old Drupal site's rule-based addresses", () => {
  it('/index.php/<path> is the old /<path>', () => {
    expect(withoutIndexPhp('/index.php/news/stary-artykul')).toBe('/news/stary-artykul')
    expect(withoutIndexPhp('/index.php')).toBe('/')
    expect(withoutIndexPhp('/index.phpx/news')).toBe('/index.phpx/news')
  })

  it.each([
    ['', '/aktualnosci', ''],
    ['page=0', '/aktualnosci', ''],
    ['page=1', '/aktualnosci/strona/2', ''],
    ['page=4&utm_source=x', '/aktualnosci/strona/5', 'utm_source=x'],
    ['page=abc', '/aktualnosci', ''],
    ['page=-1', '/aktualnosci', ''],
    ['page=99999999999999', '/aktualnosci', ''],
  ])('/news?%s → %s (rest of the query: %s)', (search, target, rest) => {
    const query = new URLSearchParams(search)
    expect(oldNewsListTarget('/news', query)).toBe(target)
    expect(query.toString()).toBe(rest)
  })

  it('other paths are not the news list', () => {
    expect(oldNewsListTarget('/news/stary-artykul', new URLSearchParams('page=1'))).toBeNull()
  })
})
