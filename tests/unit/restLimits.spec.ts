import { describe, expect, it } from 'vitest'

import { refuseCostlyRest } from '@/lib/api/refuseCostlyRest'

const get = (query: string) => new Request(`http://localhost/api/articles${query}`)
const status = async (request: Request) => (await refuseCostlyRest(request))?.status ?? 'allowed'

describe('REST reads that would load too much get a 400', () => {
  it.each([
    '?limit=0',
    '?limit=101',
    '?limit=99999999999',
    '?limit=-5',
    '?limit=abc',
    '?limit=1e3',
    '?pagination=false',
    '?pagination=0',
    '?joins[relatedArticles][limit]=0',
    '?joins[relatedArticles][limit]=1000',
    `?${Array.from({ length: 21 }, (_, i) => `populate[c${i}][title]=true`).join('&')}`,
    `?${Array.from({ length: 21 }, (_, i) => `joins[j${i}]=false`).join('&')}`,
  ])('%s', async (query) => {
    expect(await status(get(query))).toBe(400)
  })

  it('also in the body of a POST that overrides its method to GET', async () => {
    const override = (header: string, body: string) =>
      new Request('http://localhost/api/articles', {
        method: 'POST',
        headers: { [header]: 'GET', 'content-type': 'application/x-www-form-urlencoded' },
        body,
      })
    expect(await status(override('X-HTTP-Method-Override', 'limit=0'))).toBe(400)
    expect(await status(override('X-Payload-HTTP-Method-Override', 'pagination=false'))).toBe(400)
    expect(await status(override('X-Payload-HTTP-Method-Override', 'limit=10&where[id][in]=1,2'))).toBe('allowed')
  })

  it.each(['', '?limit=1', '?limit=100&depth=3', '?page=5&limit=25', '?pagination=true', '?joins=false', '?joins[x][limit]=10', '?populate[media][url]=true'])(
    'lets through %s',
    async (query) => {
      expect(await status(get(query))).toBe('allowed')
    },
  )

  it('reads nothing from writes: a DELETE of selected documents keeps its limit=0', async () => {
    expect(await status(new Request('http://localhost/api/articles?limit=0&where[id][in]=1', { method: 'DELETE' }))).toBe('allowed')
  })
})
