import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { refused } from './refused'
import { describeDb, startTestPayload } from './testPayload'

describeDb('earlier slugs and the redirects collection', () => {
  let payload: Payload
  let close: () => Promise<void>

  beforeAll(async () => {
    ;({ payload, close } = await startTestPayload())
  })
  afterAll(() => close())

  /** The stored redirects, as "from → to", sorted. */
  const redirects = async () =>
    (await payload.find({ collection: 'redirects', pagination: false, overrideAccess: true })).docs
      .map((r) => `${r.from} → ${r.to}`)
      .sort()

  const article = (slug: string) =>
    payload.create({
      collection: 'articles',
      data: { title: `Artykuł testowy ${slug}`, slug, lead: 'Lead testowy (fikcyjny).', _status: 'published' } as never,
    })

  const renameArticle = (id: number | string, slug: string, draft = false) =>
    payload.update({
      collection: 'articles',
      id,
      draft,
      data: { slug, ...(draft ? {} : { _status: 'published' }) } as never,
    })

  it('answers each earlier slug with the current one, with chains collapsed', async () => {
    const doc = await article('slug-pierwszy')
    await renameArticle(doc.id, 'slug-drugi')
    expect(await redirects()).toEqual(['/aktualnosci/slug-pierwszy → /aktualnosci/slug-drugi'])

    await renameArticle(doc.id, 'slug-trzeci')
    expect(await redirects()).toEqual([
      '/aktualnosci/slug-drugi → /aktualnosci/slug-trzeci',
      '/aktualnosci/slug-pierwszy → /aktualnosci/slug-trzeci',
    ])
  })

  it('waits for publication: a slug changed in a draft redirects nothing until published', async () => {
    const doc = await article('szkic-przed')
    const before = await redirects()
    await renameArticle(doc.id, 'szkic-po', true)
    expect(await redirects()).toEqual(before)

    await payload.update({ collection: 'articles', id: doc.id, data: { _status: 'published' } as never })
    expect(await redirects()).toContain('/aktualnosci/szkic-przed → /aktualnosci/szkic-po')
  })

  it('gives an old slug back to a new document that takes it', async () => {
    await article('slug-pierwszy')
    expect(await redirects()).not.toContain('/aktualnosci/slug-pierwszy → /aktualnosci/slug-trzeci')
    expect(await redirects()).toContain('/aktualnosci/slug-drugi → /aktualnosci/slug-trzeci')
  })

  it('returning to an earlier slug leaves no loop', async () => {
    const org = await payload.create({
      collection: 'organisations',
      data: { name: 'Stowarzyszenie testowe (fikcyjne)', slug: 'stow-a', classification: 'other' } as never,
    })
    await payload.update({ collection: 'organisations', id: org.id, data: { slug: 'stow-b' } as never })
    await payload.update({ collection: 'organisations', id: org.id, data: { slug: 'stow-a' } as never })
    const own = (await redirects()).filter((r) => r.includes('/organizacje/'))
    expect(own).toEqual(['/organizacje/stow-b → /organizacje/stow-a'])
  })

  it('keeps the earlier slugs of votes and static pages too', async () => {
    const council = await payload.create({
      collection: 'organisations',
      data: { name: 'Rada testowa (fikcyjna)', classification: 'council', seats: 21 } as never,
    })
    const vote = await payload.create({
      collection: 'votes',
      data: {
        title: 'Głosowanie testowe',
        slug: 'glosowanie-stare',
        organization: council.id,
        startDate: '2024-10-01T00:00:00.000Z',
        motion: 'Wniosek testowy',
        counts: { yes: 11, no: 5, abstain: 3, absent: 2 },
        _status: 'published',
      } as never,
    })
    await payload.update({ collection: 'votes', id: vote.id, data: { slug: 'glosowanie-nowe', _status: 'published' } as never })
    const page = await payload.create({
      collection: 'pages',
      data: { title: 'Strona testowa', slug: 'strona-stara', _status: 'published' } as never,
    })
    await payload.update({ collection: 'pages', id: page.id, data: { slug: 'strona-nowa', _status: 'published' } as never })
    expect(await redirects()).toEqual(
      expect.arrayContaining(['/glosowania/glosowanie-stare → /glosowania/glosowanie-nowe', '/strona-stara → /strona-nowa']),
    )
  })

  it('refuses a redirect that loops, leaves the site or does not start with /, with Polish field errors', async () => {
    const user = { email: 'redaktor-test@konstancin-jeziorna.example', role: 'editor' }
    const create = (from: string, to: string) =>
      payload.create({ collection: 'redirects', data: { from, to }, overrideAccess: false, user: user as never })
    await payload.create({ collection: 'redirects', data: { from: '/stary/1', to: '/stary/2' } })
    await payload.create({ collection: 'redirects', data: { from: '/stary/2', to: '/stary/3' } })

    const loop = await refused(create('/stary/3', '/stary/1'))
    expect(loop).toEqual([
      { path: 'to', message: 'To przekierowanie tworzyłoby pętlę: /stary/3 → /stary/1 → /stary/2 → /stary/3.', label: expect.anything() },
    ])
    const self = await refused(create('/sam/do-siebie', '/sam/do-siebie'))
    expect(self[0].message).toContain('pętlę')

    for (const elsewhere of ['https://example.com/x', '//example.com/x', '/\\example.com', 'aktualnosci/x']) {
      const errors = await refused(create('/stary/obcy', elsewhere))
      expect(errors.map((e) => e.path)).toEqual(['to'])
      expect(errors[0].message).toMatch(/^Adres musi zaczynać się od jednego ukośnika/)
    }
    const badFrom = await refused(create('stary-bez-ukosnika', '/aktualnosci'))
    expect(badFrom.map((e) => e.path)).toEqual(['from'])
    expect(await redirects()).not.toContain('/stary/3 → /stary/1')
  })
})
