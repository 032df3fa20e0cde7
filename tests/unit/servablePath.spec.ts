import { describe, expect, it } from 'vitest'

import { isServablePath } from '@/lib/servablePath'

describe('paths the portal can serve', () => {
  it('accepts the addresses the portal makes, Polish letters percent-encoded included', () => {
    for (const path of ['/', '/aktualnosci/konstancin-jeziorna-zostal-czlonkiem-zwiazku-miast-polskich', '/szukaj', '/news/%C5%BC%C3%B3%C5%82w']) {
      expect(isServablePath(path), path).toBe(true)
    }
    expect(isServablePath(`/aktualnosci/${'a'.repeat(240)}`)).toBe(true)
  })

  it('refuses broken escapes, control characters and segments longer than any address', () => {
    for (const path of ['/%', '/%C0%AF', '/aktualnosci/%E0%A4%A', '/a%00b', '/a%0Ab', `/aktualnosci/${'a'.repeat(241)}`]) {
      expect(isServablePath(path), path).toBe(false)
    }
  })
})
