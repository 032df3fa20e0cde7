import { expect, test } from '@playwright/test'
import sharp from 'sharp'

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

test('a deleted or unknown media file answers 404, not 500', async ({ request }) => {
  const headers = { Authorization: `JWT ${await apiToken(request, E2E_ADMIN)}` }
  const created = await request.post('/api/media', {
    headers,
    multipart: {
      // Wide enough for Payload to make the smaller sizes, which are files of their own.
      file: { name: `do-usuniecia-${Date.now()}.png`, mimeType: 'image/png', buffer: await sharp({ create: { width: 900, height: 600, channels: 3, background: '#3a7' } }).png().toBuffer() },
      _payload: JSON.stringify({ alt: 'Plik do usunięcia' }),
    },
  })
  expect(created.status()).toBe(201)
  const media = (await created.json()).doc as { id: number; url: string; filename: string; sizes: Record<string, { url?: string | null }> }
  const fileUrls = [media.url, ...Object.values(media.sizes).flatMap((size) => (size.url ? [size.url] : []))]
  expect(fileUrls.length).toBeGreaterThan(2)
  for (const url of fileUrls) expect((await request.get(url)).status(), url).toBe(200)

  expect((await request.delete(`/api/media/${media.id}`, { headers })).status()).toBe(200)

  for (const url of [...fileUrls, '/api/media/file/nie-ma-takiego-pliku.jpg', '/api/media/file/brak']) {
    const response = await request.get(url)
    expect(response.status(), url).toBe(404)
    expect(await response.text()).toContain('Nie ma takiego pliku')
  }
})
