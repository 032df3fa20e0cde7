import { readFileSync } from 'node:fs'

import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { joinPdfLines } from '@/lib/pdfText'
import { seed } from '@/seed/seed'

import { countAll, describeDb, startTestPayload, testAdmin } from './testPayload'

const ARTICLE_SLUG = 'konstancin-jeziorna-zostal-czlonkiem-zwiazku-miast-polskich'

type LexicalNode = { type: string; tag?: string; text?: string; children?: LexicalNode[] }
const textOf = (node: LexicalNode): string => node.text ?? (node.children ?? []).map(textOf).join(' ')

describeDb('seed', () => {
  let payload: Payload
  let close: () => Promise<void>

  beforeAll(async () => {
    ;({ payload, close } = await startTestPayload())
    await seed(payload, testAdmin)
  })
  afterAll(() => close())

  const counts = () => countAll(payload)

  it('loads the article with the structure of the source: lead, two h2 headings, a three-item list', async () => {
    const { docs } = await payload.find({ collection: 'articles', where: { slug: { equals: ARTICLE_SLUG } } })
    expect(docs).toHaveLength(1)
    const article = docs[0]
    expect(article.title).toBe('Konstancin-Jeziorna został członkiem Związku Miast Polskich')
    expect(article._status).toBe('published')
    expect(article.publishedAt).toBe('2024-12-01T23:00:00.000Z') // 2 December 2024, 00:00 in Warsaw
    expect(article.lead).toMatch(/^Gmina Konstancin-Jeziorna dołączyła .* na szczeblu krajowym\.$/)

    const nodes = (article.body as unknown as { root: LexicalNode }).root.children ?? []
    expect(nodes.map((n) => (n.type === 'heading' ? `h:${textOf(n)}` : n.type))).toEqual([
      'paragraph',
      'h:Kolejny krok',
      'paragraph',
      'h:Szereg korzyści',
      'paragraph',
      'list',
    ])
    expect(nodes.filter((n) => n.type === 'heading').every((n) => n.tag === 'h2')).toBe(true)
    const list = nodes[5]
    expect(list.children).toHaveLength(3)
    expect(textOf(list.children![2])).toMatch(/^możliwość współpracy międzynarodowej – .*partnerami\.$/)

    const stored = [article.lead, ...nodes.map(textOf)].join(' ')
    const source = joinPdfLines(readFileSync('seed/content/seed-article.txt', 'utf8'))
    expect(stored.replace(/\s+/g, ' ')).toBe(source)
  })

  it('records the facts the article states', async () => {
    const vote = (await payload.find({ collection: 'votes', depth: 1 })).docs[0]
    expect(vote.counts).toMatchObject({ yes: 11, no: 5, abstain: 3, absent: 2 })
    expect(vote.result).toBe('pass')
    expect(vote.startDatePrecision).toBe('month')
    expect(vote.organization).toMatchObject({ name: 'Rada Miejska Konstancin-Jeziorna', seats: 21 })

    const article = (await payload.find({ collection: 'articles', depth: 0 })).docs[0]
    expect(article.relatedVotes).toEqual([vote.id])

    const zmp = (await payload.find({ collection: 'organisations', where: { shortName: { equals: 'ZMP' } } })).docs[0]
    expect(zmp.name).toBe('Związek Miast Polskich')
    expect(zmp.memberCount).toBe(373)

    const memberships = await payload.find({
      collection: 'memberships',
      where: { organization: { equals: zmp.id } },
      depth: 1,
      sort: 'title',
    })
    expect(memberships.docs.map((m) => (m.member.value as { name: string }).name).sort()).toEqual([
      'Augustów',
      'Brzesko',
      'Gmina Konstancin-Jeziorna',
      'Morawica',
      'Radzyń Podlaski',
    ])
    for (const m of memberships.docs) expect(m.startDate).toBe('2024-11-14T23:00:00.000Z')
    const ours = memberships.docs.find((m) => (m.member.value as { name: string }).name === 'Gmina Konstancin-Jeziorna')!
    expect(ours.decision?.unanimity).toBe('unanimous')
    expect(ours.representative).toMatchObject({ name: 'Michał Wiśniewski', position: 'Burmistrz Gminy Konstancin-Jeziorna' })
    expect((ours.vote as { id: unknown }).id).toBe(vote.id)

    const redirect = (await payload.find({ collection: 'redirects' })).docs[0]
    expect(redirect).toMatchObject({ from: `/news/${ARTICLE_SLUG}`, to: `/aktualnosci/${ARTICLE_SLUG}` })
    const { office } = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
    expect(office).toMatchObject({ name: 'Urząd Miasta i Gminy Konstancin-Jeziorna', street: 'ul. Warszawska 32', postalCode: '05-520' })
    const admin = (await payload.find({ collection: 'users', where: { email: { equals: testAdmin.email } } })).docs[0]
    expect(admin.role).toBe('admin')
  })

  it('changes and duplicates nothing when run a second time', async () => {
    const before = await counts()
    const index = async () => (await payload.find({ collection: 'search-index', pagination: false, sort: 'source' })).docs
    const indexBefore = await index()
    expect(indexBefore.length).toBeGreaterThan(10)
    const articleBefore = (await payload.find({ collection: 'articles' })).docs[0]
    const report = await seed(payload, testAdmin)
    expect(report.created).toEqual([])
    expect(await counts()).toEqual(before)
    expect(await index()).toEqual(indexBefore)
    const articleAfter = (await payload.find({ collection: 'articles' })).docs[0]
    expect(articleAfter.updatedAt).toBe(articleBefore.updatedAt)
  })
})
