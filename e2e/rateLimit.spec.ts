import { expect, test } from '@playwright/test'

import { E2E_ADMIN, E2E_LOGIN_RATE_LIMIT, E2E_SEARCH_RATE_LIMIT } from './server'

// Each test speaks from its own address, so that the other tests' logins do not count.
const from = (address: string) => ({ 'x-forwarded-for': address })

test('too many logins from one address get a Polish 429, then normal service after the window', async ({ request }) => {
  const headers = from('203.0.113.50')
  const wrong = { email: 'nikt@konstancin-jeziorna.example', password: 'zle-haslo-123' }
  for (let i = 0; i < E2E_LOGIN_RATE_LIMIT; i++) {
    expect((await request.post('/api/users/login', { headers, data: wrong })).status()).toBe(401)
  }
  const refused = await request.post('/api/users/login', { headers, data: E2E_ADMIN })
  expect(refused.status()).toBe(429)
  expect((await refused.json()).errors[0].message).toMatch(/^Zbyt wiele prób logowania z tego adresu\. Spróbuj ponownie za \d+ s\.$/)

  // Another address is not affected.
  expect((await request.post('/api/users/login', { headers: from('203.0.113.51'), data: E2E_ADMIN })).status()).toBe(200)

  await expect(async () => {
    expect((await request.post('/api/users/login', { headers, data: E2E_ADMIN })).status()).toBe(200)
  }).toPass({ timeout: 20_000 })
})

test('too many searches from one address get a Polish 429, then normal service after the window', async ({ request }) => {
  const headers = from('203.0.113.60')
  for (let i = 0; i < E2E_SEARCH_RATE_LIMIT; i++) {
    expect((await request.get('/szukaj?q=rada', { headers })).status()).not.toBe(429)
  }
  const refused = await request.get('/szukaj?q=rada', { headers })
  expect(refused.status()).toBe(429)
  expect(await refused.text()).toContain('Zbyt wiele wyszukiwań z tego adresu')
  expect((await request.get('/szukaj?q=rada', { headers: from('203.0.113.61') })).status()).not.toBe(429)
  await expect(async () => {
    expect((await request.get('/szukaj?q=rada', { headers })).status()).not.toBe(429)
  }).toPass({ timeout: 20_000 })
})

test('wrong passwords from strangers do not lock the account: the owner logs in right after', async ({ request }) => {
  // Five used to lock the account for ten minutes, the right password included.
  for (let i = 0; i < 8; i++) {
    const wrong = await request.post('/api/users/login', { headers: from(`203.0.113.${100 + i}`), data: { ...E2E_ADMIN, password: `zgadywane-${i}` } })
    expect(wrong.status()).toBe(401)
  }
  const unknown = await request.post('/api/users/login', { headers: from('203.0.113.120'), data: { email: 'nikogo-takiego@konstancin-jeziorna.example', password: 'zgadywane' } })
  const known = await request.post('/api/users/login', { headers: from('203.0.113.121'), data: { ...E2E_ADMIN, password: 'zgadywane' } })
  expect(unknown.status()).toBe(known.status())
  expect(await unknown.json()).toEqual(await known.json())
  expect((await request.post('/api/users/login', { headers: from('203.0.113.130'), data: E2E_ADMIN })).status()).toBe(200)
})
