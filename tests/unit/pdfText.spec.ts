import { describe, expect, it } from 'vitest'

import { joinPdfLines } from '@/lib/pdfText'

describe('joinPdfLines', () => {
  it('joins lines of a paragraph with a space and drops blank lines', () => {
    expect(joinPdfLines('Za przystąpieniem było 11 radnych, przeciw – 5, a\n 3 osoby\n\nKolejny')).toBe(
      'Za przystąpieniem było 11 radnych, przeciw – 5, a 3 osoby Kolejny',
    )
  })

  it('joins a compound split by a hyphen at the end of a line without a space', () => {
    expect(joinPdfLines('społeczno-\nkulturalnego rozwoju; Rada Miejska Konstancin-\nJeziorna')).toBe(
      'społeczno-kulturalnego rozwoju; Rada Miejska Konstancin-Jeziorna',
    )
  })

  it('keeps the spaces around an en dash at the end of a line', () => {
    expect(joinPdfLines('wpływ na tworzenie prawa –\nprzedstawiciele')).toBe('wpływ na tworzenie prawa – przedstawiciele')
  })
})
