import type { Payload } from 'payload'

import type { Organisation, Person } from '@/payload-types'
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest'

import { refused } from './refused'
import { describeDb, startTestPayload } from './testPayload'

describeDb('council votes', () => {
  let payload: Payload
  let close: () => Promise<void>
  let councilId: Organisation['id']
  let personIds: Person['id'][]

  const vote = (overrides: Record<string, unknown> = {}) => ({
    title: 'Głosowanie testowe',
    organization: councilId,
    startDate: '2024-10-01T00:00:00.000Z',
    motion: 'Wniosek testowy',
    counts: { yes: 11, no: 5, abstain: 3, absent: 2 },
    _status: 'published' as const,
    ...overrides,
  }) as never // the slug is left out on purpose: the hook makes it
  const voteCount = async () => (await payload.count({ collection: 'votes', overrideAccess: true })).totalDocs

  beforeAll(async () => {
    ;({ payload, close } = await startTestPayload())
    const council = await payload.create({
      collection: 'organisations',
      data: { name: 'Rada testowa', classification: 'council', seats: 21 } as never,
    })
    councilId = council.id
    personIds = []
    for (const name of ['Radna Pierwsza (fikcyjna)', 'Radny Drugi (fikcyjny)', 'Radna Trzecia (fikcyjna)']) {
      personIds.push((await payload.create({ collection: 'people', data: { name } as never })).id)
    }
  })
  afterAll(() => close())

  let before: number
  beforeEach(async () => {
    before = await voteCount()
  })

  it('derives the result and ignores a result sent by hand', async () => {
    const passed = await payload.create({ collection: 'votes', data: vote({ result: 'fail' }) })
    expect(passed.result).toBe('pass')
    const updated = await payload.update({
      collection: 'votes',
      id: passed.id,
      data: { counts: { yes: 5, no: 11, abstain: 3, absent: 2 } },
    })
    expect(updated.result).toBe('fail')
    const absolute = await payload.create({
      collection: 'votes',
      data: vote({ majorityRule: 'absolute-of-seats', counts: { yes: 10, no: 2, abstain: 0, absent: 9 } }),
    })
    expect(absolute.result).toBe('fail')
  })

  it('refuses a negative count, with a Polish message on that field, and saves nothing', async () => {
    const errors = await refused(
      payload.create({ collection: 'votes', data: vote({ counts: { yes: -1, no: 5, abstain: 3, absent: 2 } }) }),
    )
    expect(errors).toContainEqual(expect.objectContaining({ path: 'counts.yes', message: expect.stringMatching(/ujemna/) }))
    expect(await voteCount()).toBe(before)
  })

  it('refuses a count that is not a whole number', async () => {
    const errors = await refused(
      payload.create({ collection: 'votes', data: vote({ counts: { yes: 10.5, no: 5, abstain: 3, absent: 2 } }) }),
    )
    expect(errors).toContainEqual(expect.objectContaining({ path: 'counts.yes', message: expect.stringMatching(/całkowit/) }))
    expect(await voteCount()).toBe(before)
  })

  it('refuses counts that exceed the council seats', async () => {
    const errors = await refused(
      payload.create({ collection: 'votes', data: vote({ counts: { yes: 12, no: 5, abstain: 3, absent: 2 } }) }),
    )
    // The total belongs to the four counts together, not to the last of them.
    expect(errors).toContainEqual(expect.objectContaining({ path: 'counts', message: expect.stringMatching(/22.*21 mandatów/) }))
    expect(errors.map((e: { path: string }) => e.path)).not.toContain('counts.absent')
    expect(await voteCount()).toBe(before)
  })

  it('refuses counts above the seats in a draft too', async () => {
    const errors = await refused(
      payload.create({
        collection: 'votes',
        draft: true,
        data: vote({ _status: 'draft', counts: { yes: 25, no: 0, abstain: 0, absent: 0 } }),
      }),
    )
    expect(errors).toContainEqual(expect.objectContaining({ path: 'counts', message: expect.stringMatching(/25.*21 mandatów/) }))
    expect(await voteCount()).toBe(before)
  })

  it('refuses a body that is not a council or committee with its seats, drafts included', async () => {
    const make = (data: Record<string, unknown>) =>
      payload.create({ collection: 'organisations', data: data as never }).then((org) => org.id)
    const association = await make({ name: 'Związek testowy (fikcyjny)', classification: 'association', memberCount: 300 })
    const municipality = await make({ name: 'Gmina testowa (fikcyjna)', classification: 'municipality' })
    const seatless = await make({ name: 'Komisja testowa (fikcyjna)', classification: 'committee' })
    const committee = await make({ name: 'Komisja z mandatami (fikcyjna)', classification: 'committee', seats: 7 })
    for (const [organization, message] of [
      [association, /radą lub komisją rady.*związek lub stowarzyszenie/],
      [municipality, /radą lub komisją rady.*gmina/],
      [seatless, /nie ma podanej liczby mandatów/],
    ] as const) {
      for (const status of ['published', 'draft'] as const) {
        const errors = await refused(
          payload.create({
            collection: 'votes',
            draft: status === 'draft',
            data: vote({ organization, _status: status, counts: { yes: 25, no: 0, abstain: 0, absent: 0 } }),
          }),
        )
        expect(errors).toContainEqual(expect.objectContaining({ path: 'organization', message: expect.stringMatching(message) }))
      }
    }
    expect(await voteCount()).toBe(before)
    const counted = await payload.create({
      collection: 'votes',
      data: vote({ organization: committee, counts: { yes: 4, no: 2, abstain: 1, absent: 0 } }),
    })
    expect(counted.result).toBe('pass')
  })

  it('refuses the same in an update and keeps the stored counts', async () => {
    const saved = await payload.create({ collection: 'votes', data: vote() })
    await refused(
      payload.update({ collection: 'votes', id: saved.id, data: { counts: { yes: 20, no: 5, abstain: 3, absent: 2 } } }),
    )
    const stored = await payload.findByID({ collection: 'votes', id: saved.id })
    expect(stored.counts).toMatchObject({ yes: 11, no: 5, abstain: 3, absent: 2 })
  })

  it('accepts a roll call that adds up and refuses one that does not', async () => {
    const small = { yes: 2, no: 1, abstain: 0, absent: 0 }
    const ok = await payload.create({
      collection: 'votes',
      data: vote({
        counts: small,
        rollCall: [
          { voter: personIds[0], option: 'yes' },
          { voter: personIds[1], option: 'yes' },
          { voter: personIds[2], option: 'no' },
        ],
      }),
    })
    expect(ok.rollCall).toHaveLength(3)
    const countBefore = await voteCount()
    const errors = await refused(
      payload.create({
        collection: 'votes',
        data: vote({
          counts: small,
          rollCall: [
            { voter: personIds[0], option: 'yes' },
            { voter: personIds[1], option: 'no' },
            { voter: personIds[2], option: 'no' },
          ],
        }),
      }),
    )
    expect(errors).toContainEqual(expect.objectContaining({ path: 'rollCall', message: expect.stringMatching(/nie zgadza się/) }))
    expect(await voteCount()).toBe(countBefore)
  })

  it('makes the slug from the Polish title, unique (-2 when taken) and editable', async () => {
    const a = await payload.create({ collection: 'votes', data: vote({ title: 'Zażółć gęślą jaźń: budżet' }) })
    expect(a.slug).toBe('zazolc-gesla-jazn-budzet')
    const second = await payload.create({ collection: 'votes', data: vote({ title: 'Zażółć gęślą jaźń: budżet' }) })
    expect(second.slug).toBe('zazolc-gesla-jazn-budzet-2')
    const errors = await refused(
      payload.update({ collection: 'votes', id: second.id, data: { slug: 'zazolc-gesla-jazn-budzet' } }),
    )
    expect(errors).toContainEqual(expect.objectContaining({ path: 'slug', message: expect.stringMatching(/zajęty/) }))
    const edited = await payload.update({ collection: 'votes', id: a.id, data: { slug: 'Budżet 2025' } })
    expect(edited.slug).toBe('budzet-2025')
  })
})
