import { expect, test } from '@playwright/test'
import { parse } from 'csv-parse/sync'

import { spreadsheetText } from '../lib/openData/spreadsheetCsv'
import { adminHeaders, adminWrite, uniqueSuffix } from './adminApi'

type VoteEvent = {
  id: string
  identifier: string
  title: string
  organization_id: string
  legislative_session: string | null
  start_date: string
  motion: { text: string }
  result: string
  counts: { option: string; value: number }[]
  votes: { voter_id: string; option: string }[]
  url: string
}

const ZMP_VOTE = 'przystapienie-gminy-konstancin-jeziorna-do-zwiazku-miast-polskich'

test.describe('open data', () => {
  test('votes as Popolo JSON: published only, counts and result, organisations that exist', async ({ request }) => {
    const council = (await (await request.get('/api/organisations?where[classification][equals]=council')).json()).docs[0]
    const draftTitle = `Głosowanie w szkicu (test ${uniqueSuffix()})`
    // Dated long ago so that it is never the latest vote, which the editor tests open.
    await adminWrite(request, 'post', '/api/votes?draft=true', {
      title: draftTitle,
      organization: council.id,
      startDate: '2001-01-01T00:00:00.000Z',
      motion: 'Wniosek testowy (fikcyjny)',
      counts: { yes: 1, no: 0, abstain: 0, absent: 0 },
      _status: 'draft',
    })

    const response = await request.get('/dane/glosowania.json')
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toMatch(/^application\/json/)
    const { meta, vote_events } = (await response.json()) as { meta: { licence: { url: string } }; vote_events: VoteEvent[] }
    expect(meta.licence.url).toMatch(/^https:\/\//)
    expect(vote_events.map((v) => v.title)).not.toContain(draftTitle)

    const zmp = vote_events.find((v) => v.identifier === ZMP_VOTE)!
    expect(zmp).toMatchObject({ result: 'pass', start_date: '2024-10', legislative_session: 'Sesja październikowa 2024' })
    expect(zmp.counts).toEqual([
      { option: 'yes', value: 11 },
      { option: 'no', value: 5 },
      { option: 'abstain', value: 3 },
      { option: 'absent', value: 2 },
    ])

    const { organizations, memberships } = await (await request.get('/dane/organizacje.json')).json()
    const ids = new Set(organizations.map((o: { id: string }) => o.id))
    expect(ids.has(zmp.organization_id)).toBe(true)
    const zmpOrg = organizations.find((o: { identifier: string }) => o.identifier === 'zwiazek-miast-polskich')
    const joined = memberships.find(
      (m: { organization_id: string; member: { name: string } }) =>
        m.organization_id === zmpOrg.id && m.member.name === 'Gmina Konstancin-Jeziorna',
    )
    expect(joined).toMatchObject({ member: { type: 'organization' }, start_date: '2024-11-15' })
    expect(typeof joined.role).toBe('string')
  })

  test('the CSV starts with a byte order mark and, parsed back, equals the JSON', async ({ request }) => {
    const csvResponse = await request.get('/dane/glosowania.csv')
    expect(csvResponse.status()).toBe(200)
    expect(csvResponse.headers()['content-type']).toMatch(/^text\/csv; charset=utf-8/)
    const bytes = await csvResponse.body()
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const rows: Record<string, string>[] = parse(bytes.toString('utf8'), { bom: true, columns: true })

    const { vote_events } = (await (await request.get('/dane/glosowania.json')).json()) as { vote_events: VoteEvent[] }
    const fromJson = vote_events.map((v) => ({
      id: v.id,
      identifier: v.identifier,
      title: spreadsheetText(v.title),
      organization_id: v.organization_id,
      legislative_session: spreadsheetText(v.legislative_session ?? ''),
      start_date: v.start_date,
      motion: spreadsheetText(v.motion.text),
      result: v.result,
      ...Object.fromEntries(v.counts.map((c) => [c.option, String(c.value)])),
      url: v.url,
    }))
    expect(rows).toEqual(fromJson)
    expect(rows.some((r) => r.title.includes('Związku Miast Polskich'))).toBe(true)
  })

  test('a vote whose texts look like formulas is written into the CSV as text; the JSON keeps them as typed', async ({ request }) => {
    const headers = await adminHeaders(request)
    const council = (await (await request.get('/api/organisations?where[classification][equals]=council', { headers })).json()).docs[0]
    const title = `=HYPERLINK("https://evil.example","X") ${uniqueSuffix()}`
    // The session's name is written into the CSV's legislative_session cell.
    const session = await adminWrite(request, 'post', '/api/sessions', {
      name: '@SUM(1+1)*cmd|" /C calc"!A0',
      body: council.id,
      startDate: '2024-10-01T08:00:00.000Z',
      status: 'held',
      agenda: [{ title: 'Sprawy bieżące' }],
    })
    const vote = await adminWrite(request, 'post', '/api/votes', {
      title,
      organization: council.id,
      session: session.id,
      startDate: '2024-10-01T00:00:00.000Z',
      motion: '+1+1',
      counts: { yes: 15, no: 3, abstain: 1, absent: 2 },
      _status: 'published',
    })
    const rows: Record<string, string>[] = parse((await (await request.get('/dane/glosowania.csv')).body()).toString('utf8'), {
      bom: true,
      columns: true,
    })
    const row = rows.find((r) => r.title.includes(title))
    expect(row).toMatchObject({ title: `'${title}`, legislative_session: `'@SUM(1+1)*cmd|" /C calc"!A0`, motion: "'+1+1", yes: '15' })
    const { vote_events } = (await (await request.get('/dane/glosowania.json')).json()) as { vote_events: VoteEvent[] }
    const event = vote_events.find((v) => v.title === title)
    expect(event).toMatchObject({ legislative_session: '@SUM(1+1)*cmd|" /C calc"!A0', motion: { text: '+1+1' } })
    expect(vote.id).toBeDefined()
  })

  test('/dane explains the files and their licence', async ({ page }) => {
    await page.goto('/dane')
    await expect(page.locator('h1')).toHaveText('Otwarte dane')
    for (const file of ['/dane/glosowania.json', '/dane/glosowania.csv', '/dane/organizacje.json']) {
      await expect(page.locator(`main a[href="${file}"]`)).toBeVisible()
    }
    await expect(page.getByRole('heading', { name: 'Licencja' })).toBeVisible()
  })
})
