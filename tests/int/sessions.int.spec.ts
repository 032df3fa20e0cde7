import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import type { Organisation } from '@/payload-types'
import { convertSessionLabels } from '@/lib/sessions/convertSessionLabels'
import { MAX_DOCUMENT_BYTES } from '@/lib/sessions/pdfCheck'

import { seed } from '@/seed/seed'

import { minimalPdf } from '../fixtures/minimalPdf'
import { refused } from './refused'
import { describeDb, startTestPayload, testAdmin } from './testPayload'

describeDb('council sessions', () => {
  let payload: Payload
  let close: () => Promise<void>
  let councilId: Organisation['id']

  const session = (overrides: Record<string, unknown> = {}) =>
    ({
      name: 'LXX sesja Rady Miejskiej',
      number: 'LXX',
      body: councilId,
      startDate: '2025-01-30T09:00:00.000Z',
      place: 'Sala konferencyjna urzędu',
      status: 'planned',
      ...overrides,
    }) as never
  const sessionCount = async () => (await payload.count({ collection: 'sessions', overrideAccess: true })).totalDocs
  const upload = (name: string, data: Buffer, mimetype = 'application/pdf') =>
    payload.create({
      collection: 'session-documents',
      data: { title: `Dokument ${name}` },
      file: { name, data, mimetype, size: data.length },
    })

  beforeAll(async () => {
    ;({ payload, close } = await startTestPayload())
    councilId = (await payload.create({
      collection: 'organisations',
      data: { name: 'Rada testowa', classification: 'council', seats: 21 } as never,
    })).id
  })
  afterAll(() => close())

  it('keeps the agenda in order, with its vote, resolution number and PDF documents', async () => {
    const vote = await payload.create({
      collection: 'votes',
      data: {
        title: 'Budżet na 2025 rok',
        organization: councilId,
        startDate: '2025-01-30T00:00:00.000Z',
        motion: 'Uchwalenie budżetu',
        counts: { yes: 15, no: 4, abstain: 1, absent: 1 },
        _status: 'published',
      } as never,
    })
    const resolution = await upload('uchwala-budzetowa.pdf', minimalPdf())
    const created = await payload.create({
      collection: 'sessions',
      data: session({
        agenda: [
          { title: 'Otwarcie sesji' },
          {
            title: 'Uchwała budżetowa',
            vote: vote.id,
            resolutionNumber: '107/VII/9/2015',
            documents: [{ kind: 'resolution', file: resolution.id }],
          },
          { title: 'Zamknięcie sesji' },
        ],
      }),
    })
    expect(created.slug).toBe('lxx-sesja-rady-miejskiej')
    const read = await payload.findByID({ collection: 'sessions', id: created.id, depth: 2 })
    expect(read.agenda?.map((item) => item.title)).toEqual(['Otwarcie sesji', 'Uchwała budżetowa', 'Zamknięcie sesji'])
    const item = read.agenda![1]
    expect(item.resolutionNumber).toBe('107/VII/9/2015')
    expect(typeof item.vote === 'object' && item.vote?.title).toBe('Budżet na 2025 rok')
    const file = item.documents![0].file
    expect(typeof file === 'object' && file.mimeType).toBe('application/pdf')
    expect(typeof file === 'object' && file.url).toMatch(/\/api\/session-documents\/file\/uchwala-budzetowa.*\.pdf$/)
  })

  it('refuses a resolution number not written the council’s way, in Polish', async () => {
    const before = await sessionCount()
    for (const bad of ['107/2015', '107-VII-9-2015', 'Uchwała 107/VII/9/2015', '107/vii/9/2015', '0/VII/9/2015']) {
      const errors = await refused(
        payload.create({ collection: 'sessions', data: session({ agenda: [{ title: 'Punkt', resolutionNumber: bad }] }) }),
      )
      expect(errors, bad).toContainEqual(
        expect.objectContaining({ path: 'agenda.0.resolutionNumber', message: expect.stringMatching(/107\/VII\/9\/2015/) }),
      )
    }
    expect(await sessionCount()).toBe(before)
  })

  it('refuses a session number that is not Roman, a recording that is not a web address, an unknown status', async () => {
    const errors = await refused(
      payload.create({
        collection: 'sessions',
        data: session({ number: '70', recordingUrl: 'javascript:alert(1)', livestreamUrl: 'ftp://x' }),
      }),
    )
    expect(errors.map((e) => e.path).sort()).toEqual(['livestreamUrl', 'number', 'recordingUrl'])
    await expect(payload.create({ collection: 'sessions', data: session({ status: 'unknown' }) })).rejects.toThrow()
  })

  it('accepts only real PDF files, whatever their name or declared type, and within the size limit', async () => {
    const count = async () => (await payload.count({ collection: 'session-documents', overrideAccess: true })).totalDocs
    const before = await count()
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')
    for (const [name, data] of [
      ['obraz.pdf', png],
      ['skrypt.pdf', Buffer.from('<script>alert(1)</script>')],
      ['pusty.pdf', Buffer.alloc(0)],
    ] as const) {
      const errors = await refused(upload(name, data))
      expect(errors, name).toContainEqual(expect.objectContaining({ path: 'file', message: expect.stringMatching(/nie jest plik PDF/) }))
    }
    const tooLarge = Buffer.concat([minimalPdf(), Buffer.alloc(MAX_DOCUMENT_BYTES)])
    const errors = await refused(upload('duzy.pdf', tooLarge))
    expect(errors).toContainEqual(expect.objectContaining({ path: 'file', message: expect.stringMatching(/za duży/) }))
    expect(await count()).toBe(before)
  })

  it('only editors write sessions; anyone reads them', async () => {
    const author = await payload.create({
      collection: 'users',
      data: { email: 'autorka-sesji@konstancin-jeziorna.example', password: 'haslo-autorki-123', name: 'Autorka', role: 'author' },
    })
    await expect(
      payload.create({ collection: 'sessions', data: session({ name: 'Sesja autorki' }), user: author, overrideAccess: false }),
    ).rejects.toThrow()
    const publicRead = await payload.find({ collection: 'sessions', overrideAccess: false })
    expect(publicRead.totalDocs).toBeGreaterThan(0)
  })

  it('turns the old free-text session of votes into sessions, linking every vote, losing no text, once', async () => {
    const legacy = async (title: string, sessionLabel: string, startDate: string, status: 'published' | 'draft') =>
      payload.create({
        collection: 'votes',
        data: {
          title,
          organization: councilId,
          sessionLabel,
          startDate,
          startDatePrecision: 'day',
          motion: title,
          counts: { yes: 11, no: 5, abstain: 3, absent: 2 },
          _status: status,
        } as never,
      })
    const a = await legacy('Pierwszy wniosek', 'sesja marcowa 2023', '2023-03-20T00:00:00.000Z', 'published')
    const b = await legacy('Drugi wniosek', 'sesja marcowa 2023', '2023-03-20T00:00:00.000Z', 'draft')
    const c = await legacy('Wniosek kwietniowy', 'sesja kwietniowa 2023', '2023-04-17T00:00:00.000Z', 'published')

    const first = await convertSessionLabels(payload, await import('payload').then((p) => p.createLocalReq({}, payload)))
    expect(first.sessionsCreated.sort()).toEqual(['Sesja kwietniowa 2023', 'Sesja marcowa 2023'])
    expect(first.votesLinked).toBe(3)

    const march = (await payload.find({ collection: 'sessions', where: { name: { equals: 'Sesja marcowa 2023' } } })).docs[0]
    expect(march.status).toBe('held')
    expect(march.startDatePrecision).toBe('day')
    expect(march.agenda?.map((i) => i.title)).toEqual(['Pierwszy wniosek', 'Drugi wniosek'])
    for (const vote of [a, b, c]) {
      const read = await payload.findByID({ collection: 'votes', id: vote.id, depth: 1, draft: true })
      expect(typeof read.session === 'object' && read.session?.name).toMatch(/^Sesja (marcowa|kwietniowa) 2023$/)
      expect(read.sessionLabel).toBe(vote.sessionLabel)
      expect(read._status).toBe(vote._status)
    }

    const before = await sessionCount()
    const second = await convertSessionLabels(payload, await import('payload').then((p) => p.createLocalReq({}, payload)))
    expect(second).toEqual({ sessionsCreated: [], votesLinked: 0 })
    expect(await sessionCount()).toBe(before)
  })

  it('the seed makes the October 2024 session with the ZMP item and links the seeded vote to it', async () => {
    await seed(payload, testAdmin)
    const { docs } = await payload.find({ collection: 'sessions', where: { slug: { equals: 'sesja-pazdziernikowa-2024' } }, depth: 1 })
    expect(docs).toHaveLength(1)
    const [october] = docs
    expect(october).toMatchObject({ name: 'Sesja październikowa 2024', status: 'held', startDatePrecision: 'month' })
    expect(typeof october.body === 'object' && october.body?.slug).toBe('rada-miejska-konstancin-jeziorna')
    const item = october.agenda?.[0]
    const vote = item?.vote
    expect(typeof vote === 'object' && vote?.slug).toBe('przystapienie-gminy-konstancin-jeziorna-do-zwiazku-miast-polskich')
    expect(typeof vote === 'object' && vote?.session).toBe(october.id)
    const again = await seed(payload, testAdmin)
    expect(again.created).toEqual([])
  })
})
