import { describe, expect, it } from 'vitest'

import { collapseChains, fromPathProblem, normalisePath, pathProblem } from '@/lib/redirects/redirectPath'

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
