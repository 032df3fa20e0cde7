import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { refused } from './refused'
import { describeDb, startTestPayload } from './testPayload'
import { paragraphWithLink } from '../lexicalLink'


describeDb('rich-text links on saving', () => {
  let payload: Payload
  let close: () => Promise<void>

  beforeAll(async () => {
    ;({ payload, close } = await startTestPayload())
  })
  afterAll(() => close())

  const save = (url: string) =>
    payload.create({ collection: 'articles', data: { title: `Link ${url}`, lead: 'Fikcyjny lead.', body: paragraphWithLink('link', url), _status: 'published' } as never })

  it.each(['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:msgbox(1)'])(
    'refuses a link to %j in an article body',
    async (url) => {
      const errors = await refused(save(url))
      expect(errors.map((e) => e.path)).toContain('body')
      expect(await payload.count({ collection: 'articles', where: { title: { equals: `Link ${url}` } } })).toEqual({ totalDocs: 0 })
    },
  )

  it.each(['https://www.gov.pl/', 'mailto:urzad@example.pl', 'tel:+48227564000', '/aktualnosci'])('saves a link to %j', async (url) => {
    const saved = await save(url)
    expect(JSON.stringify(saved.body)).toContain(JSON.stringify(url).slice(1, -1))
  })
})
