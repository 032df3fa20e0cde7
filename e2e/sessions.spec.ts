import AxeBuilder from '@axe-core/playwright'
import { expect, type Page, test } from '@playwright/test'
import ical, { type VEvent } from 'node-ical'

import { minimalPdf } from '../tests/fixtures/minimalPdf'
import { adminHeaders, adminWrite, uniqueSuffix } from './adminApi'
import { ARTICLE_PATH, VOTE_PATH } from './server'
import { spreadSearchAddresses } from './searchAddresses'

test.beforeEach(({ page }) => spreadSearchAddresses(page))

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']
const OCTOBER_SESSION = '/sesje/sesja-pazdziernikowa-2024'

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze()
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
}

/** What the editor records for these tests: a councillor, her vote with a roll call, three sessions. */
const made = {} as {
  suffix: string
  councillor: { name: string; slug: string }
  heldSlug: string
  plannedSlug: string
  cancelledSlug: string
  voteSlug: string
  documentUrl: string
}

test.describe('council sessions and councillors', () => {
  test.beforeAll(async ({ request }) => {
    const suffix = uniqueSuffix()
    made.suffix = suffix
    const council = (
      await (await request.get('/api/organisations?where[slug][equals]=rada-miejska-konstancin-jeziorna')).json()
    ).docs[0]

    const person = await adminWrite(request, 'post', '/api/people', {
      name: `Radna Testowa ${suffix}`,
      position: 'Radna Rady Miejskiej (fikcyjna, test)',
    })
    made.councillor = { name: person.name as string, slug: person.slug as string }
    await adminWrite(request, 'post', '/api/memberships', {
      member: { relationTo: 'people', value: person.id },
      organization: council.id,
      role: 'radna',
      startDate: '2001-01-01T00:00:00.000Z',
    })
    // Dated long ago so that it is never the latest vote, which other tests open.
    const vote = await adminWrite(request, 'post', '/api/votes', {
      title: `Uchwała o nazwie ulicy (test ${suffix})`,
      organization: council.id,
      startDate: '2002-05-10T00:00:00.000Z',
      motion: 'Nadanie nazwy ulicy (fikcyjne)',
      counts: { yes: 0, no: 1, abstain: 0, absent: 0 },
      rollCall: [{ voter: person.id, option: 'no' }],
      _status: 'published',
    })
    made.voteSlug = vote.slug as string

    const upload = await request.post('/api/session-documents', {
      headers: await adminHeaders(request),
      multipart: {
        file: { name: `uchwala-${suffix}.pdf`, mimeType: 'application/pdf', buffer: minimalPdf() },
        _payload: JSON.stringify({ title: 'Projekt uchwały o nazwie ulicy' }),
      },
    })
    expect(upload.status(), await upload.text()).toBe(201)
    const document = (await upload.json()).doc
    made.documentUrl = new URL(document.url).pathname

    const held = await adminWrite(request, 'post', '/api/sessions', {
      name: `II sesja testowa ${suffix}`,
      number: 'II',
      body: council.id,
      startDate: '2002-05-10T08:00:00.000Z',
      place: 'Sala konferencyjna urzędu',
      status: 'held',
      recordingUrl: 'https://example.org/nagranie-sesji',
      agenda: [
        { title: 'Otwarcie sesji' },
        {
          title: 'Nadanie nazwy ulicy',
          vote: vote.id,
          resolutionNumber: '12/II/2/2002',
          documents: [{ kind: 'draft-resolution', file: document.id }],
        },
      ],
      minutes: 'Sesję prowadziła przewodnicząca rady.',
    })
    made.heldSlug = held.slug as string
    const planned = await adminWrite(request, 'post', '/api/sessions', {
      name: `C sesja testowa ${suffix}`,
      body: council.id,
      startDate: '2031-01-15T09:00:00.000Z',
      place: 'Hala sportowa',
      status: 'planned',
      livestreamUrl: 'https://example.org/transmisja',
      agenda: [{ title: 'Budżet gminy na 2031 rok' }],
    })
    made.plannedSlug = planned.slug as string
    const cancelled = await adminWrite(request, 'post', '/api/sessions', {
      name: `CI sesja testowa ${suffix}`,
      body: council.id,
      startDate: '2031-02-01T09:00:00.000Z',
      status: 'cancelled',
      agenda: [{ title: 'Sprawy bieżące' }],
    })
    made.cancelledSlug = cancelled.slug as string
  })

  test('/sesje lists the sessions ahead first (soonest first), then those past, with no axe violations', async ({ page }) => {
    expect((await page.goto('/sesje'))?.status()).toBe(200)
    const upcoming = page.locator('section', { has: page.getByRole('heading', { name: 'Najbliższe sesje' }) })
    await expect(upcoming.locator('.card__title')).toHaveText([`C sesja testowa ${made.suffix}`, `CI sesja testowa ${made.suffix}`])
    await expect(upcoming.locator('.card').nth(1)).toContainText('Odwołana')
    const past = page.locator('section', { has: page.getByRole('heading', { name: 'Minione sesje' }) })
    await expect(past.getByRole('link', { name: 'Sesja październikowa 2024' })).toBeVisible()
    await expect(past.getByRole('link', { name: `II sesja testowa ${made.suffix}` })).toBeVisible()
    await expect(page.getByRole('link', { name: 'kalendarz sesji (iCalendar)' })).toHaveAttribute('href', '/sesje.ics')
    await expectNoAxeViolations(page)
  })

  test('the October 2024 session: the ZMP item with its result and counts inline, the vote linked, the article about it', async ({
    page,
  }) => {
    expect((await page.goto(OCTOBER_SESSION))?.status()).toBe(200)
    await expect(page.locator('h1')).toHaveText('Sesja październikowa 2024')
    const item = page.locator('.agenda__item').first()
    await expect(item.locator('h3')).toHaveText('Przystąpienie Gminy Konstancin-Jeziorna do Związku Miast Polskich')
    await expect(item).toContainText('Uchwała przyjęta · za 11, przeciw 5, wstrzymało się 3')
    await item.getByRole('link', { name: /^Szczegóły głosowania/ }).click()
    await expect(page).toHaveURL(new RegExp(`${VOTE_PATH}$`))
    await expect(page.locator('dl.facts')).toContainText('Sesja październikowa 2024 (październik 2024)')
    await page.goto(OCTOBER_SESSION)
    await expect(page.getByRole('region', { name: 'Artykuły o tej sesji' }).getByRole('link')).toHaveText(
      'Konstancin-Jeziorna został członkiem Związku Miast Polskich',
    )
    await expectNoAxeViolations(page)
  })

  test('a session page: facts, agenda with resolution number and PDF, recording, minutes', async ({ page, request }) => {
    await page.goto(`/sesje/${made.heldSlug}`)
    const facts = page.locator('dl.facts')
    await expect(facts).toContainText('10 maja 2002, godz. 10:00')
    await expect(facts).toContainText('Sala konferencyjna urzędu')
    await expect(facts).toContainText('Odbyła się')
    await expect(facts.getByRole('link', { name: 'Nagranie sesji' })).toHaveAttribute('href', 'https://example.org/nagranie-sesji')
    const item = page.locator('.agenda__item').nth(1)
    await expect(item).toContainText('Uchwała nr 12/II/2/2002')
    await expect(item).toContainText('Uchwała odrzucona · za 0, przeciw 1, wstrzymało się 0')
    const pdf = item.getByRole('link', { name: 'Projekt uchwały o nazwie ulicy' })
    await expect(item).toContainText(/Projekt uchwały: Projekt uchwały o nazwie ulicy \(PDF, [\d,]+ kB\)/)
    const file = await request.get((await pdf.getAttribute('href'))!)
    expect(file.status()).toBe(200)
    expect(file.headers()['content-type']).toMatch(/application\/pdf/)
    expect((await file.body()).subarray(0, 5).toString()).toBe('%PDF-')
    await expect(page.locator('.session__minutes')).toHaveText('Sesję prowadziła przewodnicząca rady.')
    await expectNoAxeViolations(page)
  })

  test('the article’s vote box names the session and links to it', async ({ page }) => {
    await page.goto(ARTICLE_PATH)
    const box = page.locator('aside.vote-box')
    await box.getByRole('link', { name: 'Sesja październikowa 2024' }).click()
    await expect(page).toHaveURL(new RegExp(`${OCTOBER_SESSION}$`))
  })

  test('/radni lists the councillor; her page has her role, term and voting record, and says where no roll call was entered', async ({
    page,
  }) => {
    expect((await page.goto('/radni'))?.status()).toBe(200)
    const card = page.locator('.councillor-card', { hasText: made.councillor.name })
    await expect(card).toContainText('radna, Rada Miejska Konstancin-Jeziorna, od 1 stycznia 2001')
    await expectNoAxeViolations(page)
    await card.getByRole('link', { name: made.councillor.name }).click()
    await expect(page).toHaveURL(new RegExp(`/radni/${made.councillor.slug}$`))
    await expect(page.locator('h1')).toHaveText(made.councillor.name)
    const record = page.locator('table.voting-record')
    const own = record.locator('tr', { hasText: `Uchwała o nazwie ulicy (test ${made.suffix})` })
    await expect(own.locator('td').nth(1)).toHaveText('przeciw')
    await expect(own.locator('td').nth(2)).toHaveText('Uchwała odrzucona')
    await expect(own.getByRole('link')).toHaveAttribute('href', `/glosowania/${made.voteSlug}`)
    const zmp = record.locator('tr', { hasText: 'Przystąpienie Gminy Konstancin-Jeziorna do Związku Miast Polskich' })
    await expect(zmp.locator('td').nth(1)).toHaveText('imienny wykaz nie został wprowadzony')
    await expectNoAxeViolations(page)
  })

  test('an edited session shows at once on its cached page and in the list', async ({ page, request }) => {
    await page.goto(`/sesje/${made.plannedSlug}`)
    await expect(page.locator('h1')).toHaveText(`C sesja testowa ${made.suffix}`)
    const session = (await (await request.get(`/api/sessions?where[slug][equals]=${made.plannedSlug}`)).json()).docs[0]
    await adminWrite(request, 'patch', `/api/sessions/${session.id}`, { place: 'Sala widowiskowa Hugonówka' })
    await page.goto(`/sesje/${made.plannedSlug}`)
    await expect(page.locator('dl.facts')).toContainText('Sala widowiskowa Hugonówka')
    await page.goto('/sesje')
    await expect(page.locator('.card', { hasText: `C sesja testowa ${made.suffix}` })).toContainText('Sala widowiskowa Hugonówka')
  })

  test('/sesje.ics reads back as iCalendar: Warsaw time, agenda, page URL, the cancelled session cancelled', async ({ request }) => {
    const response = await request.get('/sesje.ics')
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toMatch(/^text\/calendar/)
    const text = await response.text()
    expect(text).toContain('TZID:Europe/Warsaw')
    const events = Object.values(ical.sync.parseICS(text)).filter((c): c is VEvent => c?.type === 'VEVENT')
    const find = (name: string) => events.find((e) => String(e.summary).includes(name))
    const planned = find(`C sesja testowa ${made.suffix}`)!
    expect(planned.start.toISOString()).toBe('2031-01-15T09:00:00.000Z')
    expect(planned.status).toBe('CONFIRMED')
    expect(planned.description).toContain('1. Budżet gminy na 2031 rok')
    expect(JSON.stringify(planned.url)).toContain(`/sesje/${made.plannedSlug}`)
    const cancelled = find(`CI sesja testowa ${made.suffix}`)!
    expect(cancelled.status).toBe('CANCELLED')
    expect(find('Sesja październikowa 2024'), 'a session known only to the month has no day for a calendar').toBeUndefined()
  })

  test('open data: sessions as Popolo events with their agenda', async ({ request }) => {
    const response = await request.get('/dane/sesje.json')
    expect(response.status()).toBe(200)
    const { events } = (await response.json()) as { events: Array<Record<string, unknown> & { agenda: Array<Record<string, unknown>> }> }
    const october = events.find((e) => e.identifier === 'sesja-pazdziernikowa-2024')!
    expect(october).toMatchObject({ name: 'Sesja październikowa 2024', start_date: '2024-10', status: 'held', classification: 'session' })
    expect(october.agenda[0]).toMatchObject({ order: 1, title: 'Przystąpienie Gminy Konstancin-Jeziorna do Związku Miast Polskich' })
    const planned = events.find((e) => e.identifier === made.plannedSlug)!
    expect(planned.start_date).toBe('2031-01-15T10:00:00+01:00')
  })

  test('bad addresses get the Polish 404, never a 500', async ({ request }) => {
    for (const path of ['/sesje/strona/abc', '/sesje/strona/0', '/sesje/strona/999', '/sesje/nie-ma-takiej', '/radni/nie-ma-takiego', '/radni/strona/-1', `/radni/${'x'.repeat(300)}`]) {
      expect((await request.get(path)).status(), path).toBe(404)
    }
  })
})
