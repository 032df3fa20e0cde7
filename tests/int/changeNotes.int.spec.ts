import { createLocalReq, type Payload, restoreVersionOperation } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import type { Article } from '@/payload-types'

import { refused } from './refused'
import { describeDb, startTestPayload } from './testPayload'

describeDb('change notes on articles', () => {
  let payload: Payload
  let close: () => Promise<void>
  let article: Article

  beforeAll(async () => {
    ;({ payload, close } = await startTestPayload())
    article = await payload.create({
      collection: 'articles',
      data: { title: 'Artykuł z poprawkami', lead: 'Pierwsza wersja leadu (fikcyjna).', _status: 'published' } as never,
    })
  })
  afterAll(() => close())

  const publish = (data: Record<string, unknown>, draft = false) =>
    payload.update({
      collection: 'articles',
      id: article.id,
      draft,
      data: { ...data, ...(draft ? {} : { _status: 'published' }) } as never,
    })

  it('a minor edit shows no note and does not move the modified time', async () => {
    const edited = await publish({ lead: 'Pierwsza wersja leadu, bez literówki (fikcyjna).' })
    expect(edited.changeNotes).toEqual([])
    expect(edited.contentModifiedAt ?? null).toBeNull()
  })

  it('a substantive edit keeps a dated note, moves the modified time and clears the inputs', async () => {
    const before = Date.now()
    const edited = await publish({
      lead: 'Poprawiona data sesji (fikcyjna).',
      substantiveChange: true,
      changeNote: 'Poprawiliśmy datę sesji.',
    })
    expect(edited.changeNotes?.map((n) => n.note)).toEqual(['Poprawiliśmy datę sesji.'])
    expect(Date.parse(edited.changeNotes![0].date)).toBeGreaterThanOrEqual(before - 1000)
    expect(edited.contentModifiedAt).toBe(edited.changeNotes![0].date)
    expect(edited.substantiveChange).toBe(false)
    expect(edited.changeNote ?? '').toBe('')

    const versions = await payload.findVersions({
      collection: 'articles',
      where: { parent: { equals: article.id }, 'version._status': { equals: 'published' } },
      sort: '-createdAt',
      limit: 1,
    })
    expect(versions.docs[0].version.changeNotes?.map((n) => n.note)).toEqual(['Poprawiliśmy datę sesji.'])
  })

  it('a note saved in a draft waits for publication', async () => {
    await publish({ substantiveChange: true, changeNote: 'Dodaliśmy wyniki głosowania.' }, true)
    const published = await payload.findByID({ collection: 'articles', id: article.id })
    expect(published.changeNotes).toHaveLength(1)

    const edited = await publish({})
    expect(edited.changeNotes?.map((n) => n.note)).toEqual(['Poprawiliśmy datę sesji.', 'Dodaliśmy wyniki głosowania.'])
  })

  it('a substantive change without a note is refused with a Polish field error', async () => {
    const errors = await refused(publish({ substantiveChange: true, changeNote: '  ' }))
    expect(errors.map((e) => e.path)).toEqual(['changeNote'])
    expect(errors[0].message).toBe('Opisz krótko, co się zmieniło: ta nota pojawi się pod tytułem artykułu.')
  })

  it('restoring a version from before a correction keeps the published notes, as a draft or published', async () => {
    const [oldest] = (
      await payload.findVersions({ collection: 'articles', where: { parent: { equals: article.id } }, sort: 'createdAt', limit: 1 })
    ).docs
    expect(oldest.version.changeNotes ?? []).toEqual([])
    const notes = ['Poprawiliśmy datę sesji.', 'Dodaliśmy wyniki głosowania.']

    // The admin's "Przywróć jako szkic" (the local API has no draft option for a restore).
    await restoreVersionOperation({
      id: oldest.id,
      collection: payload.collections.articles,
      draft: true,
      overrideAccess: true,
      req: await createLocalReq({}, payload),
    })
    const draft = await payload.findByID({ collection: 'articles', id: article.id, draft: true })
    expect(draft.lead).toBe('Pierwsza wersja leadu (fikcyjna).')
    expect(draft.changeNotes?.map((n) => n.note)).toEqual(notes)
    const live = await payload.findByID({ collection: 'articles', id: article.id })
    expect(live.lead).not.toBe('Pierwsza wersja leadu (fikcyjna).')

    await payload.restoreVersion({ collection: 'articles', id: oldest.id })
    const restored = await payload.findByID({ collection: 'articles', id: article.id })
    expect(restored.lead).toBe('Pierwsza wersja leadu (fikcyjna).')
    expect(restored.changeNotes?.map((n) => n.note)).toEqual(notes)
    expect(restored.contentModifiedAt).toBe(restored.changeNotes!.at(-1)!.date)
  })

  it('an update sending fewer notes cannot drop a published one', async () => {
    const edited = await publish({ changeNotes: [] })
    expect(edited.changeNotes?.map((n) => n.note)).toEqual(['Poprawiliśmy datę sesji.', 'Dodaliśmy wyniki głosowania.'])
  })
})
