import { describe, expect, it } from 'vitest'

import { absoluteUrl } from '@/lib/absoluteUrl'

const SITE = 'https://konstancinjeziorna.pl'

describe('absoluteUrl: one origin, whatever it is given', () => {
  it.each([
    ['/', SITE],
    ['', SITE],
    ['/aktualnosci/x', `${SITE}/aktualnosci/x`],
    ['aktualnosci/x', `${SITE}/aktualnosci/x`],
    ['//aktualnosci/x', `${SITE}/aktualnosci/x`],
    ['/rss.xml?kategoria=a b', `${SITE}/rss.xml?kategoria=a%20b`],
    ['/api/media/file/zdjęcie ratusza.jpg', `${SITE}/api/media/file/zdj%C4%99cie%20ratusza.jpg`],
    [`${SITE}/api/media/file/a.jpg`, `${SITE}/api/media/file/a.jpg`],
    ['http://127.0.0.1:3100/api/media/file/a.jpg', 'http://127.0.0.1:3100/api/media/file/a.jpg'],
    ['https://cdn.example.net/a.jpg', 'https://cdn.example.net/a.jpg'],
  ])('%s', (input, expected) => {
    const url = absoluteUrl(input, SITE)
    expect(url).toBe(expected)
    const parsed = new URL(url)
    // No second origin hidden in the path.
    expect(parsed.pathname).not.toMatch(/https?:/)
  })

  it('keeps the path of a SITE_URL served under a prefix', () => {
    expect(absoluteUrl('/aktualnosci', 'https://example.pl/portal')).toBe('https://example.pl/portal/aktualnosci')
    expect(absoluteUrl('/', 'https://example.pl/portal')).toBe('https://example.pl/portal')
  })
})
