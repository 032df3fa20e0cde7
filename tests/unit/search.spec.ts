import { describe, expect, it } from 'vitest'

import { foldForSearch, searchTokens } from '@/lib/search/fold'
import { rankEntries } from '@/lib/search/rank'
import { richTextPlain } from '@/lib/search/richTextPlain'
import { MAX_QUERY_LENGTH, parseSearchParams } from '@/lib/search/searchParams'
import { buildSnippet } from '@/lib/search/snippet'
import { plural } from '@/lib/plural'

describe('folding text for search', () => {
  it('makes Polish letters, case and punctuation irrelevant', () => {
    expect(foldForSearch('Związek Miast Polskich')).toBe('zwiazek miast polskich')
    expect(foldForSearch('ZWIĄZEK')).toBe('zwiazek')
    expect(foldForSearch('Michał Wiśniewski')).toBe('michal wisniewski')
    expect(foldForSearch('ĄĆĘŁŃÓŚŹŻ ąćęłńóśźż')).toBe('acelnoszz acelnoszz')
    expect(foldForSearch('Konstancin-Jeziorna, 15 listopada!')).toBe('konstancin jeziorna 15 listopada')
  })

  it('turns operators, wildcards and markup into plain words', () => {
    expect(searchTokens('where[title][like]=%_*')).toEqual(['where', 'title', 'like'])
    expect(searchTokens('<script>alert("x")</script>')).toEqual(['script', 'alert', 'x', 'script'])
    expect(searchTokens('$ne {} .* \\')).toEqual(['ne'])
    expect(searchTokens('   ')).toEqual([])
  })
})

describe('reading /szukaj query strings', () => {
  it('takes the first of repeated q parameters and ignores other parameters', () => {
    const r = parseSearchParams({ q: ['ZWIĄZEK miast', 'inne'], 'where[title][equals]': 'x' })
    expect(r).toMatchObject({ query: 'ZWIĄZEK miast', tokens: ['zwiaz', 'mias'], page: 1, truncated: false })
  })

  it('cuts a 5,000-character query and reports it', () => {
    const r = parseSearchParams({ q: 'ą'.repeat(5000) })
    expect(r.truncated).toBe(true)
    expect(Array.from(r.query)).toHaveLength(MAX_QUERY_LENGTH)
  })

  it('reads the page number, falling back to page 1 on anything odd', () => {
    expect(parseSearchParams({ q: 'a', strona: '3' }).page).toBe(3)
    for (const strona of ['0', '-1', 'abc', '1e3', '99999999999', '']) {
      expect(parseSearchParams({ q: 'a', strona }).page, strona).toBe(1)
    }
    expect(parseSearchParams({}).tokens).toEqual([])
  })

  it('looks for the start of longer words, so that other forms match', () => {
    expect(parseSearchParams({ q: 'Wisniewski głosowanie rada 2024' }).tokens).toEqual(['wisniew', 'glosowa', 'rada', '2024'])
  })

  it('drops repeated words', () => {
    expect(parseSearchParams({ q: 'rada Rada RADA' }).tokens).toEqual(['rada'])
  })
})

describe('snippets', () => {
  it('marks the words found, with their Polish letters as written', () => {
    const parts = buildSnippet('Gmina dołączyła do Związku Miast Polskich w listopadzie.', ['zwiaz', 'mias'])
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(['Związku', 'Miast'])
    expect(parts.map((p) => p.text).join('')).toBe('Gmina dołączyła do Związku Miast Polskich w listopadzie.')
  })

  it('cuts a long text around the first match', () => {
    const text = `${'słowo '.repeat(100)}Wiśniewski ${'tekst '.repeat(100)}`.trim()
    const joined = buildSnippet(text, ['wisniew']).map((p) => p.text).join('')
    expect(joined.startsWith('… ')).toBe(true)
    expect(joined.endsWith(' …')).toBe(true)
    expect(joined).toContain('Wiśniewski')
    expect(joined.length).toBeLessThan(200)
  })
})

describe('ranking', () => {
  it('puts title matches first, then newer documents', () => {
    const entries = [
      { id: 1, searchTitle: 'inny tytul', date: '2025-01-01T00:00:00.000Z' },
      { id: 2, searchTitle: 'zwiazek miast polskich', date: null },
      { id: 3, searchTitle: 'jeszcze inny', date: '2024-01-01T00:00:00.000Z' },
      { id: 4, searchTitle: 'przystapienie do zwiazku miast polskich', date: '2024-10-01T00:00:00.000Z' },
    ]
    expect(rankEntries(entries, ['zwiaz', 'mias']).map((e) => e.id)).toEqual([4, 2, 1, 3])
  })
})

describe('rich text to plain text', () => {
  it('keeps the words of paragraphs, headings and list items', () => {
    const text = (t: string) => ({ type: 'text', text: t })
    const value = {
      root: {
        children: [
          { type: 'paragraph', children: [text('Pierwszy '), text('akapit.')] },
          { type: 'heading', children: [text('Nagłówek')] },
          { type: 'list', children: [{ type: 'listitem', children: [text('punkt')] }] },
        ],
      },
    }
    expect(richTextPlain(value)).toBe('Pierwszy akapit. Nagłówek punkt')
    expect(richTextPlain(null)).toBe('')
  })
})

describe('Polish plurals', () => {
  it('chooses wynik, wyniki or wyników', () => {
    const forms = ['wynik', 'wyniki', 'wyników'] as const
    expect([1, 2, 4, 5, 12, 14, 22, 25, 112].map((n) => plural(n, forms))).toEqual([
      'wynik',
      'wyniki',
      'wyniki',
      'wyników',
      'wyników',
      'wyników',
      'wyniki',
      'wyników',
      'wyników',
    ])
  })
})
