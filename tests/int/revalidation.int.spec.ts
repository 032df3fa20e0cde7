import { createLocalReq, type Payload, type PayloadRequest } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { pagesShowing } from '@/lib/revalidation/pagesShowing'

import { describeDb, startTestPayload } from './testPayload'

describeDb('which cached pages a change refreshes', () => {
  let payload: Payload
  let close: () => Promise<void>
  let req: PayloadRequest
  const quiet = { context: { disableRevalidate: true }, overrideAccess: true } as const
  const ids = {} as Record<'council' | 'zmp' | 'vote' | 'category' | 'person', number | string>

  beforeAll(async () => {
    ;({ payload, close } = await startTestPayload())
    req = await createLocalReq({}, payload)
    ids.council = (await payload.create({ collection: 'organisations', data: { name: 'Rada Miejska', classification: 'council', seats: 21 } as never, ...quiet })).id
    ids.zmp = (await payload.create({ collection: 'organisations', data: { name: 'Związek Miast Polskich', classification: 'association' } as never, ...quiet })).id
    ids.person = (await payload.create({ collection: 'people', data: { name: 'Anna Radna' } as never, ...quiet })).id
    ids.category = (await payload.create({ collection: 'categories', data: { title: 'Samorząd' } as never, ...quiet })).id
    ids.vote = (
      await payload.create({
        collection: 'votes',
        data: {
          title: 'Przystąpienie do ZMP',
          organization: ids.council,
          startDate: '2024-10-30T00:00:00.000Z',
          motion: 'Uchwała',
          counts: { yes: 1, no: 0, abstain: 0, absent: 0 },
          rollCall: [{ voter: ids.person, option: 'yes' }],
          _status: 'published',
        } as never,
        ...quiet,
      })
    ).id
  })
  afterAll(() => close())

  const article = (overrides: Record<string, unknown>) =>
    ({ id: 1, slug: 'nowy-artykul', _status: 'published', relatedVotes: [ids.vote], relatedOrganisations: [ids.zmp], categories: [ids.category], ...overrides })

  it('a published article: its page, home, news lists, feeds, its category, its vote and organisation', async () => {
    const paths = await pagesShowing({ collection: 'articles', doc: article({}) }, req)
    expect(paths).toEqual(
      expect.arrayContaining([
        '/aktualnosci/nowy-artykul',
        '/strona-glowna',
        '/(frontend)/aktualnosci/strona/[n]',
        '/rss.xml',
        '/sitemap.xml',
        '/news-sitemap.xml',
        '/aktualnosci/kategoria/samorzad',
        '/glosowania/przystapienie-do-zmp',
        '/organizacje/zwiazek-miast-polskich',
      ]),
    )
    expect(paths).not.toContain('/organizacje/rada-miejska')
  })

  it('a slug change refreshes the old address too; unpublishing refreshes the page that showed it', async () => {
    const renamed = await pagesShowing({ collection: 'articles', doc: article({ slug: 'nowy' }), previousDoc: article({ slug: 'stary' }) }, req)
    expect(renamed).toEqual(expect.arrayContaining(['/aktualnosci/nowy', '/aktualnosci/stary']))
    const unpublished = await pagesShowing({ collection: 'articles', doc: article({ _status: 'draft' }), previousDoc: article({}) }, req)
    expect(unpublished).toContain('/aktualnosci/nowy-artykul')
  })

  it('a draft that was never published refreshes nothing', async () => {
    expect(await pagesShowing({ collection: 'articles', doc: article({ _status: 'draft' }), previousDoc: article({ _status: 'draft' }) }, req)).toEqual([])
  })

  it('a vote: its page, lists, open data, the articles about it; a person: the votes with her name', async () => {
    await payload.create({ collection: 'articles', data: { title: 'O głosowaniu', lead: 'Lead', relatedVotes: [ids.vote], _status: 'published' } as never, ...quiet })
    const vote = await payload.findByID({ collection: 'votes', id: ids.vote, depth: 0 })
    const paths = await pagesShowing({ collection: 'votes', doc: vote as never }, req)
    expect(paths).toEqual(expect.arrayContaining(['/glosowania/przystapienie-do-zmp', '/(frontend)/glosowania/strona/[n]', '/dane/glosowania.json', '/aktualnosci/o-glosowaniu']))
    const person = await pagesShowing({ collection: 'people', doc: { id: ids.person, name: 'Anna Radna' } }, req)
    expect(person).toContain('/glosowania/przystapienie-do-zmp')
  })

  it('an organisation: its page and the vote pages of its council', async () => {
    const council = await payload.findByID({ collection: 'organisations', id: ids.council, depth: 0 })
    const paths = await pagesShowing({ collection: 'organisations', doc: council as never }, req)
    expect(paths).toEqual(expect.arrayContaining(['/organizacje/rada-miejska', '/(frontend)/organizacje/strona/[n]', '/glosowania/przystapienie-do-zmp']))
  })

  it('a session: its page, the session lists, the calendar, its votes and the articles about them; a vote: its session', async () => {
    const session = await payload.create({
      collection: 'sessions',
      data: { name: 'Sesja październikowa', body: ids.council, startDate: '2024-10-30T09:00:00.000Z', agenda: [{ title: 'ZMP', vote: ids.vote }] } as never,
      ...quiet,
    })
    const paths = await pagesShowing({ collection: 'sessions', doc: session as never }, req)
    expect(paths).toEqual(
      expect.arrayContaining([
        '/sesje/sesja-pazdziernikowa',
        '/(frontend)/sesje/strona/[n]',
        '/sesje.ics',
        '/dane/sesje.json',
        '/sitemap.xml',
        '/glosowania/przystapienie-do-zmp',
        '/aktualnosci/o-glosowaniu',
      ]),
    )
    const vote = await payload.findByID({ collection: 'votes', id: ids.vote, depth: 0 })
    expect(await pagesShowing({ collection: 'votes', doc: vote as never }, req)).toEqual(
      expect.arrayContaining(['/sesje/sesja-pazdziernikowa', '/(frontend)/radni/[slug]']),
    )
  })

  it('a council seat: the councillors list and the councillor’s page', async () => {
    const seat = { id: 99, member: { relationTo: 'people', value: ids.person }, organization: ids.council }
    expect(await pagesShowing({ collection: 'memberships', doc: seat }, req)).toEqual(
      expect.arrayContaining(['/(frontend)/radni/strona/[n]', '/radni/anna-radna']),
    )
  })
})
