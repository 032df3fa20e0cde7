import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it, vi } from 'vitest'

import { removeAbandonedDrafts } from '@/lib/drafts/removeAbandonedDrafts'

import { describeDb, startTestPayload } from './testPayload'

describeDb('drafts left behind by "Stwórz nowy"', () => {
  let payload: Payload
  let close: () => Promise<void>

  beforeAll(async () => {
    ;({ payload, close } = await startTestPayload())
  })
  afterAll(() => close())

  const exists = async (collection: 'articles' | 'pages', id: number | string) =>
    Boolean(await payload.findByID({ collection, id, draft: true, overrideAccess: true, disableErrors: true }))

  it('deletes never-titled, never-published drafts once they are old enough, and nothing else', async () => {
    // What the admin's create view does with autosave: an empty draft at once.
    const emptyArticle = await payload.create({ collection: 'articles', data: {} as never, draft: true })
    const emptyPage = await payload.create({ collection: 'pages', data: {} as never, draft: true })
    // A draft whose title was typed later: autosave keeps it only in the versions.
    const typedLater = await payload.create({ collection: 'articles', data: {} as never, draft: true })
    await payload.update({ collection: 'articles', id: typedLater.id, draft: true, data: { title: 'Objazd w Jeziornie' } as never, autosave: true })
    const titled = await payload.create({ collection: 'articles', data: { title: 'Szkic z tytułem' } as never, draft: true })

    // Not old enough yet: the officer may still be on the page.
    expect(await removeAbandonedDrafts(payload, { olderThan: new Date(Date.now() - 60 * 60 * 1000) })).toBe(0)
    expect(await exists('articles', emptyArticle.id)).toBe(true)

    const later = new Date(Date.now() + 1000)
    expect(await removeAbandonedDrafts(payload, { olderThan: later })).toBe(2)
    expect(await exists('articles', emptyArticle.id)).toBe(false)
    expect(await exists('pages', emptyPage.id)).toBe(false)
    expect(await exists('articles', typedLater.id)).toBe(true)
    expect(await exists('articles', titled.id)).toBe(true)
  })

  it('creating a new article clears the abandoned drafts older than an hour, not the fresh ones', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(Date.now() - 2 * 60 * 60 * 1000)
    const old = await payload.create({ collection: 'articles', data: {} as never, draft: true })
    vi.useRealTimers()
    const fresh = await payload.create({ collection: 'articles', data: {} as never, draft: true })
    expect(await exists('articles', old.id)).toBe(false)
    expect(await exists('articles', fresh.id)).toBe(true)
    await payload.create({ collection: 'articles', data: {} as never, draft: true })
    expect(await exists('articles', fresh.id)).toBe(true)
  })
})
