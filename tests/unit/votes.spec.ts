import { describe, expect, it } from 'vitest'

import { checkCount, checkRollCall, checkSeats } from '@/lib/votes/checkVote'
import { deriveResult } from '@/lib/votes/majority'

const counts = (yes: number, no: number, abstain: number, absent: number) => ({ yes, no, abstain, absent })

describe('vote rules', () => {
  it('derives the result from the counts and the majority rule', () => {
    expect(deriveResult(counts(11, 5, 3, 2), 'simple', 21)).toBe('pass')
    expect(deriveResult(counts(5, 5, 3, 2), 'simple', 21)).toBe('fail')
    expect(deriveResult(counts(9, 5, 5, 2), 'absolute-of-votes', 21)).toBe('fail')
    expect(deriveResult(counts(11, 5, 3, 2), 'absolute-of-votes', 21)).toBe('pass')
    expect(deriveResult(counts(10, 2, 0, 9), 'absolute-of-seats', 21)).toBe('fail')
    expect(deriveResult(counts(11, 2, 0, 8), 'absolute-of-seats', 21)).toBe('pass')
  })

  it('accepts only whole numbers from 0 up', () => {
    expect(checkCount(0)).toBeNull()
    expect(checkCount(-1)).toMatch(/ujemna/)
    expect(checkCount(2.5)).toMatch(/całkowitą/)
    expect(checkCount(null)).toMatch(/Podaj/)
  })

  it('refuses counts above the seats and a roll call that does not add up', () => {
    expect(checkSeats(counts(11, 5, 3, 2), 21)).toBeNull()
    expect(checkSeats(counts(12, 5, 3, 2), 21)).toMatch(/22.*21/)
    expect(checkRollCall([{ option: 'yes' }, { option: 'no' }], counts(1, 1, 0, 0))).toBeNull()
    expect(checkRollCall([{ option: 'yes' }, { option: 'yes' }], counts(1, 1, 0, 0))).toMatch(/nie zgadza się/)
  })
})
