import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { describeDb, startTestPayload } from './testPayload'

describeDb('anonymous access through the local API (as REST and GraphQL see it)', () => {
  let payload: Payload
  let close: () => Promise<void>
  let publishedId: number | string
  let draftId: number | string

  beforeAll(async () => {
    ;({ payload, close } = await startTestPayload())
    publishedId = (
      await payload.create({
        collection: 'articles',
        data: { title: 'Opublikowany', lead: 'Lead opublikowanego', _status: 'published' } as never,
      })
    ).id
    draftId = (
      await payload.create({ collection: 'articles', data: { title: 'Szkic', lead: 'Lead szkicu', _status: 'draft' } as never })
    ).id
  })
  afterAll(() => close())

  const anonymous = { overrideAccess: false } as const

  it('reads published articles only', async () => {
    const { docs } = await payload.find({ collection: 'articles', ...anonymous })
    expect(docs.map((d) => d.id)).toEqual([publishedId])
    await expect(payload.findByID({ collection: 'articles', id: draftId, ...anonymous })).rejects.toMatchObject({
      status: 404,
    })
    const drafts = await payload.find({ collection: 'articles', draft: true, ...anonymous })
    expect(drafts.docs.map((d) => d.title)).not.toContain('Szkic')
  })

  it('cannot create, update or delete', async () => {
    await expect(
      payload.create({ collection: 'articles', data: { title: 'X', lead: 'Y' } as never, ...anonymous }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      payload.update({ collection: 'articles', id: publishedId, data: { title: 'Zmienione' }, ...anonymous }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(payload.delete({ collection: 'articles', id: publishedId, ...anonymous })).rejects.toMatchObject({
      status: 403,
    })
    await expect(
      payload.create({ collection: 'organisations', data: { name: 'X', classification: 'other' } as never, ...anonymous }),
    ).rejects.toMatchObject({ status: 403 })
    const stored = await payload.findByID({ collection: 'articles', id: publishedId })
    expect(stored.title).toBe('Opublikowany')
  })

  it('cannot list users', async () => {
    await expect(payload.find({ collection: 'users', ...anonymous })).rejects.toMatchObject({ status: 403 })
  })
})
