import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { findInIndex } from '@/lib/search/findInIndex'
import { parseSearchParams } from '@/lib/search/searchParams'
import type { Page } from '@/payload-types'
import { toLexical } from '@/seed/lexical'
import { seed } from '@/seed/seed'

import { describeDb, startTestPayload, testAdmin } from './testPayload'

const ARTICLE_TITLE = 'Konstancin-Jeziorna został członkiem Związku Miast Polskich'

describeDb('search over the seeded portal', () => {
  let payload: Payload
  let close: () => Promise<void>

  beforeAll(async () => {
    ;({ payload, close } = await startTestPayload())
    await seed(payload, testAdmin)
    // The seed makes no static page: one like those an editor adds.
    await payload.create({
      collection: 'pages',
      data: { title: 'Kontakt z redakcją portalu', slug: 'kontakt-z-redakcja', body: toLexical([{ type: 'paragraph', text: 'Redakcja czeka na listy.' }]) as unknown as Page['body'], _status: 'published' },
    })
  })
  afterAll(() => close())

  const search = (q: string, page = 1) => findInIndex(payload, parseSearchParams({ q }).tokens, page)
  const titles = async (q: string) => (await search(q)).hits.map((h) => h.title)

  it('finds the ZMP article without Polish letters, in capitals, and by the mayor’s name', async () => {
    for (const q of ['zwiazek miast', 'ZWIĄZEK', 'Wisniewski', 'związku miast polskich']) {
      expect(await titles(q), q).toContain(ARTICLE_TITLE)
    }
  })

  it('covers articles, votes, organisations, people and pages, and says which is which', async () => {
    const kinds = async (q: string) => (await search(q)).hits.map((h) => h.kind)
    expect(await kinds('zwiazek miast')).toEqual(expect.arrayContaining(['article', 'vote', 'organisation']))
    const person = (await search('Wiśniewski')).hits.find((h) => h.kind === 'person')
    expect(person).toMatchObject({ title: 'Michał Wiśniewski', path: '/organizacje/zwiazek-miast-polskich' })
    expect(await kinds('kontakt z redakcja')).toContain('page')
  })

  it('ranks title matches first and marks the match in the snippet', async () => {
    const { hits } = await search('wisniewski')
    expect(hits[0].title).toBe('Michał Wiśniewski')
    const article = hits.find((h) => h.title === ARTICLE_TITLE)!
    expect(article.snippet.filter((p) => p.match).map((p) => p.text)).toContain('Wiśniewski')
    const organisations = (await search('radzyn')).hits
    expect(organisations[0].title).toBe('Radzyń Podlaski')
  })

  it('answers queries made of operators or markup with no results, not an error', async () => {
    for (const q of ['%', '_', '.*', '<b>x</b>', 'where[title][like]', '$ne', '\\']) {
      await expect(search(q), q).resolves.toMatchObject({ page: 1 })
    }
    expect((await search('qwertyuiop')).total).toBe(0)
  })

  it('keeps only published documents in the index', async () => {
    const draft = await payload.create({
      collection: 'articles',
      data: { title: 'Szkic o ratuszu Oborskim', lead: 'Tekst szkicu.', _status: 'draft' } as never,
    })
    expect(await titles('ratuszu oborskim')).toEqual([])

    await payload.update({ collection: 'articles', id: draft.id, data: { _status: 'published' } as never })
    expect(await titles('ratuszu oborskim')).toEqual(['Szkic o ratuszu Oborskim'])

    // a draft saved over the published article leaves the published text searchable
    await payload.update({
      collection: 'articles',
      id: draft.id,
      draft: true,
      data: { title: 'Nowy tytuł roboczy', _status: 'draft' } as never,
    })
    expect(await titles('ratuszu oborskim')).toEqual(['Szkic o ratuszu Oborskim'])
    expect(await titles('roboczy')).toEqual([])

    await payload.update({ collection: 'articles', id: draft.id, data: { _status: 'draft' } as never })
    expect(await titles('ratuszu oborskim')).toEqual([])
    expect(await titles('roboczy')).toEqual([])

    const org = await payload.create({
      collection: 'organisations',
      data: { name: 'Stowarzyszenie Łódeczka', classification: 'association' } as never,
    })
    expect(await titles('lodeczka')).toEqual(['Stowarzyszenie Łódeczka'])
    await payload.delete({ collection: 'organisations', id: org.id })
    expect(await titles('lodeczka')).toEqual([])
  })

  it('pages through many results', async () => {
    for (let i = 1; i <= 12; i++) {
      await payload.create({
        collection: 'people',
        data: { name: `Radny Testowy Numer ${i}`, position: 'radny (fikcyjny)' } as never,
      })
    }
    const first = await search('radny testowy')
    expect(first.total).toBe(12)
    expect(first.totalPages).toBe(2)
    expect(first.hits).toHaveLength(10)
    const second = await search('radny testowy', 2)
    expect(second.hits).toHaveLength(2)
    expect(new Set([...first.hits, ...second.hits].map((h) => h.id)).size).toBe(12)
    expect((await search('radny testowy', 3)).hits).toEqual([])
  })
})
