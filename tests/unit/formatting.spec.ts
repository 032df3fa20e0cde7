import { describe, expect, it } from 'vitest'

import { formatDate, warsawMidnight } from '@/lib/dates'
import { parsePageNumber } from '@/lib/pageNumber'
import { toSlug } from '@/lib/slug'

describe('Polish formatting', () => {
  it('writes dates in Polish, in Warsaw time', () => {
    expect(formatDate('2024-12-01T23:00:00.000Z')).toBe('2 grudnia 2024')
    expect(formatDate('2024-09-30T22:00:00.000Z', 'month')).toBe('październik 2024')
    expect(warsawMidnight('2024-12-02')).toBe('2024-12-01T23:00:00.000Z')
    expect(warsawMidnight('2024-07-01')).toBe('2024-06-30T22:00:00.000Z')
  })

  it('transliterates every Polish letter in slugs', () => {
    expect(toSlug('Konstancin-Jeziorna został członkiem Związku Miast Polskich')).toBe(
      'konstancin-jeziorna-zostal-czlonkiem-zwiazku-miast-polskich',
    )
    expect(toSlug('ą ć ę ł ń ó ś ź ż Ą Ć Ę Ł Ń Ó Ś Ź Ż')).toBe('a-c-e-l-n-o-s-z-z-a-c-e-l-n-o-s-z-z')
    expect(toSlug('Gmina przystąpiła')).toBe('gmina-przystapila')
  })

  it('reads page numbers only in their plain form', () => {
    expect(parsePageNumber('2')).toBe(2)
    for (const bad of ['abc', '-1', '0', '1e3', '02', '1000000000000', ' 2', '2.5']) expect(parsePageNumber(bad)).toBeNull()
  })
})
