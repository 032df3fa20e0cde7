import { type APIRequestContext, expect, test } from '@playwright/test'

import { adminHeaders } from './adminApi'

/**
 * One anonymous request must not be able to exhaust the server: a GraphQL query or a REST
 * read that would load too much gets a 400 with a Polish reason before it runs, and the
 * server keeps answering; ordinary queries still work.
 */
const SEEDED_SLUG = 'konstancin-jeziorna-zostal-czlonkiem-zwiazku-miast-polskich'

const graphql = (request: APIRequestContext, query: string, variables?: Record<string, unknown>) =>
  request.post('/api/graphql', { data: { query, variables }, headers: { 'content-type': 'application/json' } })

const aliases = (n: number, limit: number) =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: Articles(limit:${limit}){docs{id title lead}}`).join(' ')} }`

const COSTLY_QUERIES: [string, string][] = [
  ['200 aliases of Articles(limit:100), the query that killed the server', aliases(200, 100)],
  ['21 aliases of one article each', aliases(21, 1)],
  ['one list of 100 000', '{ Articles(limit: 100000) { docs { title } } }'],
  ['everything: limit 0', '{ Articles(limit: 0) { docs { title } } }'],
  ['everything: pagination false', '{ Votes(pagination: false) { docs { title } } }'],
  ['deep nesting', '{ Articles(limit: 1) { docs { relatedOrganisations { parent { parent { parent { parent { parent { parent { name } } } } } } } } } }'],
  [
    'fragments that multiply',
    `{ x1: Articles(limit: 10) { docs { ...V } } x2: Articles(limit: 10) { docs { ...V } } }
     fragment V on Article { v1: relatedVotes { ...O } v2: relatedVotes { ...O } v3: relatedVotes { ...O } }
     fragment O on Vote { o1: organization { name } o2: organization { name } o3: organization { name } }`,
  ],
]

test.describe('GraphQL: a query too costly to run', () => {
  for (const [name, query] of COSTLY_QUERIES) {
    test(`is refused with 400 and a Polish reason: ${name}`, async ({ request }) => {
      const response = await graphql(request, query)
      expect(response.status()).toBe(400)
      const { errors } = await response.json()
      expect(errors[0].message).toMatch(/^Zapytanie GraphQL|^Lista|^Limit listy/)
      expect((await request.get('/api/stan-bazy')).status()).toBe(200)
    })
  }

  test('a limit given through a variable counts too', async ({ request }) => {
    const response = await graphql(request, 'query($n: Int) { Articles(limit: $n) { docs { title } } }', { n: 5_000 })
    expect(response.status()).toBe(400)
  })

  test('the server still answers after all of them, and an ordinary query works: the seeded article by its slug', async ({ request }) => {
    for (const [, query] of COSTLY_QUERIES) await graphql(request, query)
    const response = await graphql(
      request,
      `query($slug: String) { Articles(where: { slug: { equals: $slug } }, limit: 1) {
        docs { title slug lead categories { title } relatedVotes { title organization { name } } } } }`,
      { slug: SEEDED_SLUG },
    )
    expect(response.status()).toBe(200)
    const { data } = await response.json()
    expect(data.Articles.docs).toHaveLength(1)
    expect(data.Articles.docs[0].title).toContain('Konstancin-Jeziorna')
    expect((await request.get('/aktualnosci')).status()).toBe(200)
  })
})

test.describe('REST: a read that would load too much', () => {
  const REFUSED = [
    '/api/articles?limit=0',
    '/api/articles?limit=101&depth=3',
    '/api/articles?limit=100000',
    '/api/votes?pagination=false',
    '/api/organisations?pagination=false&limit=5',
    '/api/articles/versions?limit=0',
    '/api/globals/site-settings/versions?limit=5000',
    `/api/people?${Array.from({ length: 25 }, (_, i) => `populate[c${i}][name]=true`).join('&')}`,
  ]
  for (const path of REFUSED) {
    test(`is refused with 400: ${path.slice(0, 60)}`, async ({ request }) => {
      const response = await request.get(path)
      expect(response.status()).toBe(400)
      expect((await response.json()).errors[0].message).toMatch(/^Zapytanie żąda zbyt wiele: /)
    })
  }

  test('also when sent as POST with X-HTTP-Method-Override: GET', async ({ request }) => {
    for (const header of ['X-HTTP-Method-Override', 'X-Payload-HTTP-Method-Override']) {
      const response = await request.post('/api/articles', {
        headers: { [header]: 'GET', 'content-type': 'application/x-www-form-urlencoded' },
        data: 'limit=0&depth=3',
      })
      expect(response.status()).toBe(400)
    }
  })

  test('ordinary reads work: a page of 100, the admin list of articles, one article with depth', async ({ request }) => {
    expect((await request.get('/api/articles?limit=100&depth=1')).status()).toBe(200)
    const headers = await adminHeaders(request)
    const list = await request.get('/api/articles?depth=0&limit=10&page=1&sort=-updatedAt&draft=true', { headers })
    expect(list.status()).toBe(200)
    const found = await (await request.get(`/api/articles?where[slug][equals]=${SEEDED_SLUG}&depth=2&limit=1`)).json()
    expect(found.docs[0].slug).toBe(SEEDED_SLUG)
    const byId = await request.get(`/api/articles/${found.docs[0].id}?depth=3`)
    expect(byId.status()).toBe(200)
  })
})
