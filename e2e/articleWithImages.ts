import { type APIRequestContext, expect } from '@playwright/test'
import sharp from 'sharp'

import { adminHeaders, adminWrite, uniqueSuffix } from './adminApi'

export type UploadedMedia = { id: number; url: string; width: number; height: number; credit: string; alt: string }

/** An image uploaded through the REST API, wider than the article column (sharp makes the pixels). */
export async function uploadPhoto(request: APIRequestContext, name: string, width = 1600, height = 900): Promise<UploadedMedia> {
  const buffer = await sharp({ create: { width, height, channels: 3, background: '#2a6f4e' } }).jpeg().toBuffer()
  const response = await request.post('/api/media', {
    headers: await adminHeaders(request),
    multipart: {
      file: { name: `${name}-${uniqueSuffix()}.jpg`, mimeType: 'image/jpeg', buffer },
      _payload: JSON.stringify({ alt: `Zdjęcie: ${name}`, credit: 'Urząd Miasta i Gminy' }),
    },
  })
  expect(response.status(), await response.text()).toBe(201)
  return (await response.json()).doc
}

const text = (value: string) => ({ type: 'text', text: value, format: 0, detail: 0, mode: 'normal', style: '', version: 1 })
const paragraph = (value: string) => ({
  type: 'paragraph',
  children: [text(value)],
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
  textFormat: 0,
  textStyle: '',
})

/** A published article with a hero image and one image placed in its text, with a caption. */
export async function publishArticleWithImages(request: APIRequestContext, caption: string) {
  const hero = await uploadPhoto(request, 'ratusz')
  const inText = await uploadPhoto(request, 'park', 1200, 800)
  const title = `Nowy park przy ratuszu ${uniqueSuffix()}`
  const body = {
    root: {
      type: 'root',
      direction: 'ltr',
      format: '',
      indent: 0,
      version: 1,
      children: [
        paragraph('Park przy ratuszu jest już otwarty.'),
        { type: 'upload', relationTo: 'media', value: inText.id, fields: { caption }, format: '', version: 3, id: '65f0a1b2c3d4e5f607182930' },
        paragraph('Zapraszamy mieszkańców.'),
      ],
    },
  }
  const article = await adminWrite(request, 'post', '/api/articles', {
    title,
    lead: 'Park przy ratuszu został otwarty dla mieszkańców.',
    heroImage: hero.id,
    body,
    _status: 'published',
  })
  return { path: `/aktualnosci/${article.slug as string}`, hero, inText }
}
