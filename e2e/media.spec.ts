import { expect, test } from '@playwright/test'

import { apiToken } from './accounts'
import { E2E_ADMIN } from './server'

const PNG_PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)

test('uploads: too large, SVG or without alt text are refused with a Polish message', async ({ request }) => {
  const headers = { Authorization: `JWT ${await apiToken(request, E2E_ADMIN)}` }
  const upload = (name: string, mimeType: string, buffer: Buffer, alt: string) =>
    request.post('/api/media', { headers, multipart: { file: { name, mimeType, buffer }, _payload: JSON.stringify({ alt }) } })

  const svg = await upload('wektor.svg', 'image/svg+xml', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), 'Wektor')
  expect(svg.status()).toBe(400)

  const noAlt = await upload('piksel.png', 'image/png', PNG_PIXEL, ' ')
  expect(noAlt.status()).toBe(400)
  expect(await noAlt.text()).toContain('Tekst alternatywny jest wymagany')

  // Last: the server answers before reading the whole body, which ends the connection.
  const tooLarge = await upload('duze.jpg', 'image/jpeg', Buffer.alloc(11 * 1024 * 1024, 1), 'Duże zdjęcie')
  expect(tooLarge.status()).toBe(413)
  expect(await tooLarge.text()).toContain('Plik jest za duży')
})
