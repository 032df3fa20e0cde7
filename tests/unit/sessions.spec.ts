import { describe, expect, it } from 'vitest'

import type { Vote } from '@/payload-types'
import { votingRecord } from '@/lib/councillors/votingRecord'
import { checkPdfUpload } from '@/lib/sessions/pdfCheck'
import { checkResolutionNumber } from '@/lib/sessions/resolutionNumber'
import { formatSessionDate } from '@/lib/sessions/sessionDate'
import { upcomingThenPast } from '@/lib/sessions/upcomingThenPast'

import { minimalPdf } from '../fixtures/minimalPdf'

describe('resolution numbers as the council writes them', () => {
  it('accepts number/term/session/year', () => {
    for (const ok of ['107/VII/9/2015', '1/IX/1/2024', '2431/XXVIII/120/1999', '', null, undefined]) {
      expect(checkResolutionNumber(ok), String(ok)).toBeNull()
    }
  })
  it('refuses anything else with the expected form in Polish', () => {
    for (const bad of ['107/2015', 'XII/107/2015', '107/VII/9/15', '107 /VII/9/2015', '107/VII/9/2015/1', 107]) {
      expect(checkResolutionNumber(bad), String(bad)).toMatch(/np\. 107\/VII\/9\/2015/)
    }
  })
})

describe('session documents are PDF files', () => {
  it('accepts a PDF and refuses other content, whatever the name', () => {
    expect(checkPdfUpload({ data: minimalPdf(), name: 'a.pdf' })).toBeNull()
    expect(checkPdfUpload({ data: Buffer.from('GIF89a'), name: 'a.pdf' })).toMatch(/nie jest plik PDF/)
    expect(checkPdfUpload({ data: Buffer.from(' %PDF-1.4'), name: 'a.pdf' })).toMatch(/nie jest plik PDF/)
    expect(checkPdfUpload({ name: 'a.pdf' })).toMatch(/nie jest plik PDF/)
  })
})

describe('session dates', () => {
  it('are written in Polish, Warsaw time, as precisely as known', () => {
    expect(formatSessionDate({ startDate: '2025-01-30T09:00:00.000Z', startDatePrecision: 'time' })).toBe(
      '30 stycznia 2025, godz. 10:00',
    )
    expect(formatSessionDate({ startDate: '2025-01-29T23:00:00.000Z', startDatePrecision: 'day' })).toBe('30 stycznia 2025')
    expect(formatSessionDate({ startDate: '2024-09-30T22:00:00.000Z', startDatePrecision: 'month' })).toBe('październik 2024')
  })

  it('list the sessions ahead first (soonest first), then those past (latest first)', () => {
    const now = new Date('2025-03-15T12:00:00.000Z')
    const s = (name: string, startDate: string, startDatePrecision: 'time' | 'day' | 'month' = 'time') => ({
      name,
      startDate,
      startDatePrecision,
    })
    const ordered = upcomingThenPast(
      [
        s('styczeń', '2025-01-30T09:00:00.000Z'),
        s('dziś rano', '2025-03-15T08:00:00.000Z'),
        s('maj', '2025-05-10T09:00:00.000Z'),
        s('kwiecień', '2025-04-10T09:00:00.000Z'),
        s('marzec (miesiąc)', '2025-02-28T23:00:00.000Z', 'month'),
        s('luty', '2025-02-20T09:00:00.000Z'),
      ],
      now,
    )
    expect(ordered.map((x) => x.name)).toEqual(['marzec (miesiąc)', 'dziś rano', 'kwiecień', 'maj', 'luty', 'styczeń'])
  })
})

describe('a councillor’s voting record', () => {
  const vote = (id: number, startDate: string, rollCall: Vote['rollCall'] = []) =>
    ({ id, title: `Głosowanie ${id}`, slug: `g-${id}`, startDate, rollCall }) as Vote

  it('gives her option, says when the roll call was not entered, and when it leaves her out; only during her term', () => {
    const record = votingRecord(
      7,
      [
        vote(1, '2024-10-01T00:00:00.000Z', [{ voter: 7, option: 'no' }, { voter: 8, option: 'yes' }]),
        vote(2, '2024-11-01T00:00:00.000Z'),
        vote(3, '2024-12-01T00:00:00.000Z', [{ voter: 8, option: 'yes' }]),
        vote(4, '2019-01-01T00:00:00.000Z', [{ voter: 7, option: 'yes' }]),
      ],
      [{ startDate: '2024-05-07T00:00:00.000Z', endDate: null }],
    )
    expect(record.map((e) => [e.vote.id, e.kind, e.kind === 'voted' ? e.option : null])).toEqual([
      [1, 'voted', 'no'],
      [2, 'no-roll-call', null],
      [3, 'not-listed', null],
    ])
  })
})
