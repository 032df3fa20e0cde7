import { afterAll, beforeAll, expect, it } from 'vitest'
import type { Payload } from 'payload'

import { refuseCostlyQuery } from '@/lib/graphql/refuseCostlyQuery'
import { GRAPHQL_LIMITS } from '@/lib/graphql/queryLimits'

import { describeDb, startTestPayload } from './testPayload'

const ask = (body: unknown, contentType = 'application/json') =>
  new Request('http://localhost/api/graphql', {
    method: 'POST',
    headers: { 'content-type': contentType, accept: 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })

const aliases = (n: number, limit = 100) =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: Articles(limit: ${limit}) { docs { id title lead } }`).join(' ')} }`

// Fragments that multiply: each level spreads the next under three aliases, inside lists.
const multiplyingFragments = `
  query { x1: Articles(limit: 10) { docs { ...V } } x2: Articles(limit: 10) { docs { ...V } } }
  fragment V on Article { v1: relatedVotes { ...O } v2: relatedVotes { ...O } v3: relatedVotes { ...O } }
  fragment O on Vote { o1: organization { ...P } o2: organization { ...P } o3: organization { ...P } }
  fragment P on Organisation { p1: parent { name } p2: parent { name } p3: parent { name } }`
const repeatedFragment = `query { ${Array.from({ length: 30 }, (_, i) => `f${i}: Articles(limit: 50) { ...A }`).join(' ')} }
  fragment A on Articles { docs { title } }`
const deepNesting = `{ Articles(limit: 1) { docs { relatedOrganisations { parent { parent { parent { parent { parent { parent { name } } } } } } } } } }`

describeDb('GraphQL: a query too costly to run gets a 400 before it runs', () => {
  let payload: Payload
  let close: () => Promise<void>

  beforeAll(async () => {
    ;({ payload, close } = await startTestPayload())
  })
  afterAll(async () => close())

  const refusal = async (body: unknown) => {
    const response = await refuseCostlyQuery(ask(body), payload.config)
    expect(response, JSON.stringify(body).slice(0, 200)).not.toBeNull()
    expect(response!.status).toBe(400)
    const json = (await response!.json()) as { errors: { message: string }[] }
    return json.errors.map((e) => e.message).join(' ')
  }

  it('refuses 200 (and 21) aliased lists, naming the limit in Polish', async () => {
    // The query: 200 × Articles(limit: 100).
    expect(await refusal({ query: aliases(200) })).toMatch(/za dużo aliasów|zbyt wielu dokumentów/)
    expect(await refusal({ query: aliases(GRAPHQL_LIMITS.aliases + 1, 1) })).toContain(`za dużo aliasów (najwięcej ${GRAPHQL_LIMITS.aliases})`)
  })

  it('refuses lists whose limits add up to too many documents, also nested and through variables', async () => {
    expect(await refusal({ query: aliases(15, 100) })).toContain('zbyt wielu dokumentów')
    expect(await refusal({ query: repeatedFragment })).toMatch(/zbyt wielu dokumentów|za dużo aliasów/)
    expect(await refusal({ query: 'query($n: Int) { Articles(limit: $n) { docs { title } } }', variables: { n: 100000 } })).toContain(
      'musi być liczbą od 1 do 100',
    )
  })

  it('refuses a list without a bound: limit 0, pagination false', async () => {
    expect(await refusal({ query: '{ Articles(limit: 0) { docs { title } } }' })).toContain('nie ma limitu')
    expect(await refusal({ query: '{ Votes(pagination: false) { docs { title } } }' })).toContain('nie ma limitu')
    expect(await refusal({ query: 'query($p: Boolean = false) { Votes(pagination: $p) { docs { title } } }' })).toContain('nie ma limitu')
  })

  it('refuses deep nesting and fragments that multiply', async () => {
    expect(await refusal({ query: deepNesting })).toContain(`zbyt głęboko zagnieżdżone (najwięcej ${GRAPHQL_LIMITS.depth} poziomów)`)
    expect(await refusal({ query: multiplyingFragments })).toMatch(/za dużo aliasów|zbyt wielu dokumentów/)
  })

  it('refuses a query past Payload complexity limit, and an over-long one, in Polish', async () => {
    // Few documents, but many relationships: Payload's complexity score (10 a relationship) refuses it.
    const related = 'organization { name parent { name logo { url } } } votes { voter { name } }'
    const wide = `{ ${Array.from({ length: 15 }, (_, i) => `v${i}: Votes(limit: 1) { docs { ${related} } }`).join(' ')} }`
    expect(await refusal({ query: wide })).toContain(`zbyt złożone`)
    expect(await refusal({ query: `{ ${'Articles { docs { id title lead slug } } '.repeat(1500)} }` })).toContain('za długie')
  })

  it('lets ordinary queries through: an article by its slug with its relations, a page of votes', async () => {
    const bySlug = `query($slug: String) { Articles(where: { slug: { equals: $slug } }, limit: 1) {
      docs { id title lead slug publishedAt body heroImage { url alt sizes { card { url width } } } categories { title slug } relatedVotes { title organization { name } } }
    } }`
    expect(await refuseCostlyQuery(ask({ query: bySlug, variables: { slug: 'x' } }), payload.config)).toBeNull()
    expect(await refuseCostlyQuery(ask({ query: '{ Votes(limit: 100, page: 2) { docs { id title } totalDocs } }' }), payload.config)).toBeNull()
    expect(await refuseCostlyQuery(ask({ query: aliases(GRAPHQL_LIMITS.aliases, 5) }), payload.config)).toBeNull()
  })
})
