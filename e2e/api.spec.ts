import { type APIRequestContext, expect, test } from '@playwright/test'

import { adminToken } from './adminApi'

const graphql = (request: APIRequestContext, query: string) =>
  request.post('/api/graphql', { data: { query }, headers: { 'content-type': 'application/json' } })

test.describe('REST and GraphQL without logging in', () => {
  let draftId: number | string
  const draftSlug = 'szkic-ktorego-nie-widac'

  test.beforeAll(async ({ request }) => {
    const token = await adminToken(request)
    const response = await request.post('/api/articles?draft=true', {
      headers: { Authorization: `JWT ${token}` },
      data: { title: 'Szkic, którego nie widać', slug: draftSlug, lead: 'Tajny lead szkicu.', _status: 'draft' },
    })
    expect(response.status()).toBe(201)
    draftId = (await response.json()).doc.id
  })

  test('drafts are never shown: not in the API, not on the site', async ({ request }) => {
    const list = await (await request.get('/api/articles?draft=true&limit=100')).json()
    expect(list.docs.map((d: { title: string }) => d.title)).not.toContain('Szkic, którego nie widać')
    expect((await request.get(`/api/articles/${draftId}?draft=true`)).status()).toBe(404)
    expect((await request.get(`/aktualnosci/${draftSlug}`)).status()).toBe(404)
    const gql = await (await graphql(request, `{ Articles(draft: true, limit: 100) { docs { title lead } } }`)).json()
    expect(JSON.stringify(gql)).not.toContain('Tajny lead szkicu')
  })

  test('cannot create, update or delete anything', async ({ request }) => {
    const before = (await (await request.get('/api/articles/count')).json()).totalDocs
    expect((await request.post('/api/articles', { data: { title: 'Włamanie', lead: 'x', _status: 'published' } })).status()).toBe(403)
    expect((await request.patch(`/api/articles/${draftId}`, { data: { title: 'Zmienione' } })).status()).toBe(403)
    expect((await request.delete(`/api/articles/${draftId}`)).status()).toBe(403)
    expect((await request.post('/api/votes', { data: { title: 'x' } })).status()).toBe(403)
    expect((await request.post('/api/organisations', { data: { name: 'x', classification: 'other' } })).status()).toBe(403)
    expect((await request.get('/api/users')).status()).toBe(403)
    expect((await (await request.get('/api/articles/count')).json()).totalDocs).toBe(before)

    const mutation = await (
      await graphql(request, `mutation { createArticle(data: { title: "Włamanie", lead: "x" }) { id } }`)
    ).json()
    expect(mutation.errors?.[0]?.message).toBeTruthy()
    const deletion = await (await graphql(request, `mutation { deleteArticle(id: ${JSON.stringify(draftId)}) { id } }`)).json()
    expect(deletion.errors?.[0]?.message).toBeTruthy()
    expect((await (await request.get('/api/articles/count')).json()).totalDocs).toBe(before)
  })
})

test('an invalid vote sent to the API gets a 400 with a Polish field message and is not saved', async ({ request }) => {
  const token = await adminToken(request)
  const headers = { Authorization: `JWT ${token}`, 'Accept-Language': 'pl' }
  const council = (
    await (await request.get('/api/organisations?where[classification][equals]=council', { headers })).json()
  ).docs[0]
  const before = (await (await request.get('/api/votes/count', { headers })).json()).totalDocs
  const response = await request.post('/api/votes', {
    headers,
    data: {
      title: 'Głosowanie z błędem (test)',
      organization: council.id,
      startDate: '2024-10-01T00:00:00.000Z',
      motion: 'Wniosek testowy',
      counts: { yes: 15, no: 5, abstain: 3, absent: 2 },
      _status: 'published',
    },
  })
  expect(response.status()).toBe(400)
  const body = await response.json()
  // The total belongs to the counts together, not to "Nieobecni".
  expect(body.errors[0].message).toBe('To pole jest nieprawidłowe: Liczba głosów')
  expect(body.errors[0].data.errors).toContainEqual(
    expect.objectContaining({ path: 'counts', message: 'Łącznie 25 głosów i nieobecności, a rada ma tylko 21 mandatów.' }),
  )
  expect((await (await request.get('/api/votes/count', { headers })).json()).totalDocs).toBe(before)
})
