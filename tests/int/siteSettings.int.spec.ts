import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { seed } from '@/seed/seed'

import { refused } from './refused'
import { describeDb, startTestPayload, testAdmin } from './testPayload'

describeDb('site settings: the office and the accessibility statement', () => {
  let payload: Payload
  let close: () => Promise<void>

  beforeAll(async () => {
    ;({ payload, close } = await startTestPayload())
    await seed(payload, testAdmin)
  })
  afterAll(() => close())

  const save = (data: Record<string, unknown>) => payload.updateGlobal({ slug: 'site-settings', data, depth: 0 })

  it('the seed gives the office’s published name and address, and no phone, e-mail, BIP address or statement facts', async () => {
    const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
    expect(settings.office).toMatchObject({
      name: 'Urząd Miasta i Gminy Konstancin-Jeziorna',
      street: 'ul. Warszawska 32',
      postalCode: '05-520',
      town: 'Konstancin-Jeziorna',
    })
    expect(settings.office?.phone ?? null).toBeNull()
    expect(settings.office?.email ?? null).toBeNull()
    expect(settings.office?.bipUrl ?? null).toBeNull()
    const given = Object.entries(settings.accessibility ?? {}).filter(([, value]) => value !== null && !(Array.isArray(value) && value.length === 0))
    expect(given).toEqual([])
    // The statement is built from the settings: no page with placeholders is seeded.
    expect((await payload.find({ collection: 'pages', where: { slug: { equals: 'deklaracja-dostepnosci' } } })).docs).toEqual([])
  })

  it('a second seed leaves an address the administrator changed as it is', async () => {
    await save({ office: { name: 'Urząd Gminy', street: 'ul. Inna 1', postalCode: '05-520', town: 'Konstancin-Jeziorna' } })
    const report = await seed(payload, testAdmin)
    expect(report.created).toEqual([])
    expect((await payload.findGlobal({ slug: 'site-settings', depth: 0 })).office).toMatchObject({ name: 'Urząd Gminy', street: 'ul. Inna 1' })
  })

  it('refuses malformed contact facts, each with a Polish message on its field', async () => {
    const errors = await refused(
      save({
        office: { postalCode: '05520', phone: '22 000 00', email: 'urzad@', bipUrl: 'http://bip.example.pl' },
        accessibility: { coordinatorEmail: 'kto', coordinatorPhone: '+49 22 000 00 00' },
      }),
    )
    expect(Object.fromEntries(errors.map((e) => [e.path, e.message]))).toEqual({
      'office.postalCode': 'Kod pocztowy w postaci 00-000.',
      'office.phone': 'Numer telefonu: 9 cyfr, można poprzedzić +48; spacje i myślniki są dozwolone.',
      'office.email': 'Nieprawidłowy adres e-mail.',
      'office.bipUrl': 'Podaj pełny adres strony zaczynający się od https://.',
      'accessibility.coordinatorEmail': 'Nieprawidłowy adres e-mail.',
      'accessibility.coordinatorPhone': 'Numer telefonu: 9 cyfr, można poprzedzić +48; spacje i myślniki są dozwolone.',
    })
  })

  it('asks for the inaccessible content of a partly compliant site, and for the name of an outside assessor', async () => {
    const errors = await refused(save({ accessibility: { complianceStatus: 'partial', assessment: 'external' } }))
    expect(Object.fromEntries(errors.map((e) => [e.path, e.message]))).toEqual({
      'accessibility.nonCompliantContent': 'Przy statusie „częściowo zgodna” lub „niezgodna” wymień treści niedostępne.',
      'accessibility.assessor': 'Podaj nazwę podmiotu, który zbadał stronę.',
    })
  })

  it('saves well-formed facts', async () => {
    const saved = await save({
      office: { phone: '+48 22 000 00 00', email: 'urzad@example.pl', bipUrl: 'https://bip.example.pl/' },
      accessibility: {
        complianceStatus: 'partial',
        nonCompliantContent: [{ description: 'Skany uchwał bez warstwy tekstowej.' }],
        assessment: 'external',
        assessor: 'Fundacja Przykładowa',
        publishedOn: '2026-11-30T23:00:00.000Z',
      },
    })
    expect(saved.office).toMatchObject({ phone: '+48 22 000 00 00', email: 'urzad@example.pl', bipUrl: 'https://bip.example.pl/' })
    expect(saved.accessibility).toMatchObject({ complianceStatus: 'partial', assessor: 'Fundacja Przykładowa', publishedOn: '2026-11-30T23:00:00.000Z' })
  })
})
