import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'

import type { VoteEvent } from '@/lib/openData/popolo'
import { spreadsheetText } from '@/lib/openData/spreadsheetCsv'
import { votesCsv } from '@/lib/openData/votesCsv'

const FORMULAS = [
  '=HYPERLINK("https://evil.example","X")',
  '@SUM(A1:A9)',
  '+1+1',
  '-2+3',
  '\t=1+1',
  '\r=1+1',
  '  =cmd|" /C calc"!A0',
]

const vote = (title: string, session: string, motion: string): VoteEvent => ({
  id: 'vote-1',
  identifier: 'glosowanie',
  title,
  url: 'http://localhost:3000/glosowania/glosowanie',
  organization_id: 'rada',
  legislative_session: session,
  legislative_session_id: 'sesja-1',
  start_date: '2024-10-29',
  motion: { text: motion },
  result: 'pass',
  counts: [
    { option: 'yes', value: 12 },
    { option: 'no', value: 0 },
  ],
  votes: [],
})

describe('CSV cells never run as spreadsheet formulas', () => {
  it.each(FORMULAS)('a title, a session and a motion %j are written as text', (formula) => {
    const rows = parse(votesCsv([vote(formula, formula, formula)]).replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[]
    for (const column of ['title', 'legislative_session', 'motion']) expect(rows[0][column]).toBe(`'${formula}`)
    expect(rows[0].yes).toBe('12')
  })

  it('ordinary text is left as it is, and the JSON keeps what was typed', () => {
    const typed = vote('Uchwała nr 1/2024 – przystąpienie', 'sesja październikowa', 'Projekt uchwały w sprawie...')
    const rows = parse(votesCsv([typed]).replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[]
    expect(rows[0].title).toBe('Uchwała nr 1/2024 – przystąpienie')
    expect(typed.title).toBe('Uchwała nr 1/2024 – przystąpienie')
    for (const text of ['a=b', 'e-mail', 'x@y.pl', '1+1']) expect(spreadsheetText(text)).toBe(text)
  })
})
