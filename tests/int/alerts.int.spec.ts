import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { confirmSubscription, requestSubscription, unsubscribe } from '@/lib/alerts/subscriptions'
import { followerCounts } from '@/lib/alerts/followerCounts'
import { releaseStalledAlertJobs, STALLED_AFTER_MS } from '@/lib/alerts/releaseStalledAlertJobs'
import { ALERT_BATCH_SIZE, sendAlertBatch } from '@/lib/alerts/sendAlertBatch'
import type { AlertKind } from '@/lib/alerts/topics'
import { type ReceivedMail, startTestSmtpServer, type TestSmtpServer } from '../support/smtpServer'
import { describeDb, startTestPayload } from './testPayload'

const SITE = 'https://portal.konstancin-jeziorna.example'

describeDb('e-mail alerts', () => {
  let payload: Payload
  let close: () => Promise<void>
  let smtp: TestSmtpServer
  /** Reply codes the SMTP server gives each recipient, in turn (then it accepts). */
  const refusals = new Map<string, number[]>()
  let councilId: number | string
  let run = 0
  const address = (name: string) => `${name}-${run}@mieszkancy.example`

  beforeAll(async () => {
    smtp = await startTestSmtpServer(0, (to) => refusals.get(to)?.shift() ?? null)
    Object.assign(process.env, {
      SITE_URL: SITE,
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtp.port),
      SMTP_SECURITY: 'none',
      SMTP_FROM: 'Portal Gminy Konstancin-Jeziorna <portal@konstancin-jeziorna.example>',
    })
    ;({ payload, close } = await startTestPayload())
    councilId = (await payload.create({ collection: 'organisations', data: { name: 'Rada testowa', classification: 'council', seats: 21 } as never })).id
  })
  afterAll(async () => {
    await close()
    await smtp.stop()
    for (const key of ['SITE_URL', 'SMTP_HOST', 'SMTP_PORT', 'SMTP_SECURITY', 'SMTP_FROM']) delete process.env[key]
  })
  beforeEach(() => {
    run++
  })

  const mailsTo = (to: string) => smtp.messages.filter((m) => m.envelopeTo.includes(to))
  const linkIn = (mail: ReceivedMail, path: string) => {
    const found = new RegExp(`${SITE}${path}\\?token=([^\\s"<]+)`).exec(String(mail.text))
    if (!found) throw new Error(`no ${path} link in: ${mail.text}`)
    return decodeURIComponent(found[1])
  }

  const headerLine = (mail: ReceivedMail, key: string) => mail.headerLines.find((h) => h.key === key)?.line.replace(/\r?\n\s+/g, ' ')

  /** Subscribes and confirms through the link of the message received. */
  async function subscriber(email: string, kinds: AlertKind[], categories: string[] = []) {
    expect(await requestSubscription(payload, { email, kinds, categories }, { mayMail: true })).toBe('sent')
    const token = linkIn(await smtp.messageTo(email), '/powiadomienia/potwierdz')
    expect(await confirmSubscription(payload, token)).toBe('confirmed')
  }

  const publishArticle = (title: string, categories: (number | string)[] = []) =>
    payload.create({ collection: 'articles', data: { title, lead: `Lead: ${title}`, categories, _status: 'published' } as never })

  /** Runs the queue until nothing is due, as the server's clock would. */
  async function runQueue() {
    for (let i = 0; i < 20; i++) {
      const due = await payload.count({
        collection: 'payload-jobs',
        where: { and: [{ completedAt: { exists: false } }, { hasError: { not_equals: true } }, { processing: { equals: false } }, { or: [{ waitUntil: { exists: false } }, { waitUntil: { less_than: new Date().toISOString() } }] }] },
      })
      if (due.totalDocs === 0) return
      await payload.jobs.run({ queue: 'default', overrideAccess: true })
    }
    throw new Error('the job queue did not empty')
  }

  const alertsTo = (to: string) => mailsTo(to).filter((m) => m.subject?.startsWith('Nowy artykuł') || m.subject?.startsWith('Sesja rady'))

  it('double opt-in: nothing is confirmed until the link is followed; only a hash of the token is stored; the link works once', async () => {
    const email = address('ala')
    await requestSubscription(payload, { email, kinds: ['news'], categories: [] }, { mayMail: true })
    const mail = await smtp.messageTo(email)
    expect(mail.subject).toBe('Potwierdź zapis na powiadomienia portalu Konstancin-Jeziorna')
    const token = linkIn(mail, '/powiadomienia/potwierdz')
    const [stored] = (await payload.find({ collection: 'subscriptions', where: { email: { equals: email } }, overrideAccess: true })).docs
    expect(stored.confirmedAt ?? null).toBeNull()
    expect(JSON.stringify(stored)).not.toContain(token)

    expect(await confirmSubscription(payload, token)).toBe('confirmed')
    expect(await confirmSubscription(payload, token)).toBe('invalid')
    expect(await confirmSubscription(payload, 'x'.repeat(43))).toBe('invalid')
    const confirmed = await payload.findByID({ collection: 'subscriptions', id: stored.id, overrideAccess: true })
    expect(confirmed.confirmedAt).toBeTruthy()
    expect(confirmed.confirmationTokenHash ?? null).toBeNull()
  })

  it('an expired confirmation link is refused and the unconfirmed address is deleted', async () => {
    const email = address('spozniona')
    await requestSubscription(payload, { email, kinds: ['votes'], categories: [] }, { mayMail: true })
    const token = linkIn(await smtp.messageTo(email), '/powiadomienia/potwierdz')
    const later = new Date(Date.now() + 49 * 3600_000)
    expect(await confirmSubscription(payload, token, later)).toBe('expired')
    expect((await payload.count({ collection: 'subscriptions', where: { email: { equals: email } }, overrideAccess: true })).totalDocs).toBe(0)
  })

  it('subscribing an address that is already subscribed changes nothing and answers the same; the owner gets a note with a way out', async () => {
    const email = address('stala')
    await subscriber(email, ['sessions'])
    const before = (await payload.find({ collection: 'subscriptions', where: { email: { equals: email } }, overrideAccess: true })).docs[0]
    expect(await requestSubscription(payload, { email, kinds: ['news'], categories: [] }, { mayMail: true })).toBe('sent')
    const note = mailsTo(email).at(-1) as ReceivedMail
    expect(note.subject).toBe('Ten adres otrzymuje już powiadomienia portalu Konstancin-Jeziorna')
    const after = await payload.findByID({ collection: 'subscriptions', id: before.id, overrideAccess: true })
    expect({ news: after.news, sessions: after.sessions, confirmedAt: after.confirmedAt }).toEqual({
      news: before.news,
      sessions: true,
      confirmedAt: before.confirmedAt,
    })
    // Past the per-address limit the same answer, and no message.
    const count = mailsTo(email).length
    expect(await requestSubscription(payload, { email, kinds: ['news'], categories: [] }, { mayMail: false })).toBe('sent')
    expect(mailsTo(email)).toHaveLength(count)
  })

  it('publishing an article sends one alert to each follower of news or of its category, with one-click unsubscribe headers; edits and republishing send nothing more', async () => {
    const category = await payload.create({ collection: 'categories', data: { title: `Drogi ${run}` } as never })
    const all = address('wszystko')
    const roads = address('drogi')
    const votesOnly = address('glosowania')
    const unconfirmed = address('niepotwierdzona')
    await subscriber(all, ['news'])
    await subscriber(roads, [], [String(category.id)])
    await subscriber(votesOnly, ['votes'])
    await requestSubscription(payload, { email: unconfirmed, kinds: ['news'], categories: [] }, { mayMail: true })

    const draft = await payload.create({ collection: 'articles', data: { title: `Remont ulicy ${run}`, lead: 'Lead.', categories: [category.id], _status: 'draft' } as never })
    await runQueue()
    expect(alertsTo(all)).toHaveLength(0) // a draft is not news

    await payload.update({ collection: 'articles', id: draft.id, data: { _status: 'published' } as never })
    await runQueue()
    await runQueue() // a second run finds everything sent
    for (const to of [all, roads]) {
      const alerts = alertsTo(to)
      expect(alerts, to).toHaveLength(1)
      expect(alerts[0].subject).toBe(`Nowy artykuł: Remont ulicy ${run}`)
      expect(String(alerts[0].text)).toContain(`${SITE}/aktualnosci/remont-ulicy-${run}`)
      expect(headerLine(alerts[0], 'list-unsubscribe')).toMatch(new RegExp(`^List-Unsubscribe: <${SITE}/api/powiadomienia/wypisz\\?token=`))
      expect(headerLine(alerts[0], 'list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click')
    }
    expect(alertsTo(votesOnly)).toHaveLength(0)
    expect(alertsTo(unconfirmed)).toHaveLength(0)

    await payload.update({ collection: 'articles', id: draft.id, data: { lead: 'Poprawiony lead.' } as never })
    await payload.update({ collection: 'articles', id: draft.id, data: { _status: 'draft' } as never })
    await payload.update({ collection: 'articles', id: draft.id, data: { _status: 'published' } as never })
    await runQueue()
    expect(alertsTo(all)).toHaveLength(1)
    expect(alertsTo(roads)).toHaveLength(1)
  })

  it('a session: one alert when it is added, one when its date, place or state changes, none for other edits', async () => {
    const email = address('sesje')
    await subscriber(email, ['sessions'])
    const session = await payload.create({
      collection: 'sessions',
      data: { name: `Sesja ${run}`, body: councilId, startDate: '2027-01-20T09:00:00.000Z', startDatePrecision: 'time', status: 'planned', place: 'Sala A' } as never,
    })
    await runQueue()
    await payload.update({ collection: 'sessions', id: session.id, data: { agenda: [{ title: 'Otwarcie' }] } as never })
    await runQueue()
    expect(alertsTo(email).map((m) => m.subject)).toEqual([`Sesja rady: Sesja ${run}`])
    await payload.update({ collection: 'sessions', id: session.id, data: { place: 'Sala B' } as never })
    await runQueue()
    const subjects = alertsTo(email).map((m) => m.subject)
    expect(subjects).toEqual([`Sesja rady: Sesja ${run}`, `Sesja rady: Zmiana: Sesja ${run}`])
    expect(String(alertsTo(email)[1].text)).toContain('Miejsce: Sala B.')
  })

  it('more followers than one batch: the batches follow each other, and every follower gets exactly one message', async () => {
    const category = await payload.create({ collection: 'categories', data: { title: `Wielka lista ${run}` } as never })
    const many = Array.from({ length: ALERT_BATCH_SIZE + 3 }, (_, i) => address(`tlum${i}`))
    for (const email of many) await subscriber(email, [], [String(category.id)])
    await publishArticle(`Duża wiadomość ${run}`, [category.id])
    await runQueue()
    for (const email of many) expect(alertsTo(email), email).toHaveLength(1)
    const [alert] = (await payload.find({ collection: 'alerts', where: { title: { equals: `Duża wiadomość ${run}` } }, overrideAccess: true })).docs
    const sent = await payload.count({ collection: 'alert-deliveries', where: { and: [{ alert: { equals: alert.id } }, { status: { equals: 'sent' } }] }, overrideAccess: true })
    const recipients = smtp.messages.filter((m) => m.subject === `Nowy artykuł: Duża wiadomość ${run}`).flatMap((m) => m.envelopeTo)
    expect(new Set(recipients).size).toBe(recipients.length)
    expect(recipients).toEqual(expect.arrayContaining(many))
    expect(sent.totalDocs).toBe(recipients.length) // the category's followers and those of all news
  })

  it('two senders on one batch at once (two instances, or a job queued twice): each follower gets one message', async () => {
    const category = await payload.create({ collection: 'categories', data: { title: `Dwie instancje ${run}` } as never })
    const followers = Array.from({ length: 4 }, (_, i) => address(`dwie${i}`))
    for (const email of followers) await subscriber(email, [], [String(category.id)])
    await publishArticle(`Dwie instancje ${run}`, [category.id])
    const [alert] = (await payload.find({ collection: 'alerts', where: { title: { equals: `Dwie instancje ${run}` } }, overrideAccess: true })).docs
    const input = { alert: String(alert.id) }
    const reports = await Promise.all([sendAlertBatch(payload, input, { queueNextBatch: false }), sendAlertBatch(payload, input, { queueNextBatch: false })])
    expect(reports[0].sent + reports[1].sent).toBeGreaterThanOrEqual(followers.length)
    for (const email of followers) expect(alertsTo(email), email).toHaveLength(1)
    await runQueue() // the job queued at publication finds everything sent
    for (const email of followers) expect(alertsTo(email), email).toHaveLength(1)
  })

  it('a process that dies mid-batch: after the restart the rest is sent, nothing twice (the message being sent at the crash is not repeated)', async () => {
    const category = await payload.create({ collection: 'categories', data: { title: `Awaria ${run}` } as never })
    const followers = Array.from({ length: 5 }, (_, i) => address(`awaria${i}`))
    for (const email of followers) await subscriber(email, [], [String(category.id)])

    const realSend = payload.sendEmail.bind(payload)
    let calls = 0
    payload.sendEmail = (async (message: Parameters<typeof realSend>[0]) => {
      calls++
      if (calls < 3) return realSend(message)
      await realSend(message) // the third goes out, then the process "dies" before recording it
      return new Promise(() => {})
    }) as typeof payload.sendEmail
    const before = smtp.messages.length
    await publishArticle(`Awaria serwera ${run}`, [category.id])
    void payload.jobs.run({ queue: 'default', overrideAccess: true })
    while (smtp.messages.length < before + 3) await new Promise((resolve) => setTimeout(resolve, 50))
    payload.sendEmail = realSend

    // "Restart": the job is still marked processing; after the stall limit it is let go and runs again.
    expect(await releaseStalledAlertJobs(payload)).toBe(0)
    expect(await releaseStalledAlertJobs(payload, new Date(Date.now() + STALLED_AFTER_MS + 60_000))).toBe(1)
    await runQueue()
    for (const email of followers) expect(alertsTo(email), email).toHaveLength(1)
    const inFlight = await payload.find({ collection: 'alert-deliveries', where: { status: { equals: 'sending' } }, overrideAccess: true })
    expect(inFlight.docs).toHaveLength(1)
  })

  it('a temporary SMTP refusal (4xx) is retried later and then delivered once; a permanent one (5xx) is recorded and not retried', async () => {
    const busy = address('zajeta')
    const gone = address('nieistniejaca')
    await subscriber(busy, ['votes'])
    await subscriber(gone, ['votes'])
    refusals.set(busy, [451])
    refusals.set(gone, [550, 550, 550])
    const vote = await payload.create({
      collection: 'votes',
      data: {
        title: `Głosowanie ${run}`,
        organization: councilId,
        startDate: '2026-11-20T10:00:00.000Z',
        motion: 'Wniosek (fikcyjny).',
        counts: { for: 15, against: 2, abstain: 1, absent: 3 },
        majorityRule: 'simple',
        _status: 'published',
      } as never,
    })
    expect(vote.id).toBeDefined()
    await payload.jobs.run({ queue: 'default', overrideAccess: true })
    const statuses = async () =>
      Object.fromEntries(
        (await payload.find({ collection: 'alert-deliveries', where: { key: { like: ':' } }, limit: 500, overrideAccess: true })).docs.map((d) => [d.subscription, d.status]),
      )
    const ids = Object.fromEntries(
      await Promise.all(
        [busy, gone].map(async (e) => [e, String((await payload.find({ collection: 'subscriptions', where: { email: { equals: e } }, overrideAccess: true })).docs[0].id)]),
      ),
    )
    expect((await statuses())[ids[busy]]).toBe('retry')
    expect((await statuses())[ids[gone]]).toBe('failed')
    expect(alertsTo(busy)).toHaveLength(0)
    const [job] = (await payload.find({ collection: 'payload-jobs', where: { and: [{ taskSlug: { equals: 'sendAlerts' } }, { completedAt: { exists: false } }] } })).docs
    expect(new Date(job.waitUntil as string).getTime()).toBeGreaterThan(Date.now()) // backoff
    // The pause passes.
    await payload.update({ collection: 'payload-jobs', id: job.id, data: { waitUntil: new Date(Date.now() - 1000).toISOString() } })
    await runQueue()
    expect(mailsTo(busy).filter((m) => m.subject?.startsWith('Głosowanie rady'))).toHaveLength(1)
    expect((await statuses())[ids[busy]]).toBe('sent')
    expect((await statuses())[ids[gone]]).toBe('failed')
    expect(refusals.get(gone)).toEqual([550, 550]) // asked once, not retried
  })

  it('unsubscribing deletes the address and its delivery records; a forged token is refused; later alerts skip it', async () => {
    const email = address('odchodzi')
    await subscriber(email, ['news'])
    await publishArticle(`Przed rezygnacją ${run}`)
    await runQueue()
    const [alert] = alertsTo(email)
    const token = linkIn(alert, '/powiadomienia/wypisz')
    const id = token.split('.')[0]
    expect(await unsubscribe(payload, `${id}.${'A'.repeat(43)}`)).toBe('invalid')
    expect(await unsubscribe(payload, token)).toBe('unsubscribed')
    expect(await payload.count({ collection: 'subscriptions', where: { email: { equals: email } }, overrideAccess: true })).toEqual(expect.objectContaining({ totalDocs: 0 }))
    expect((await payload.count({ collection: 'alert-deliveries', where: { subscription: { equals: id } }, overrideAccess: true })).totalDocs).toBe(0)
    await publishArticle(`Po rezygnacji ${run}`)
    await runQueue()
    expect(alertsTo(email)).toHaveLength(1)
  })

  describe('access', () => {
    const users: Record<string, unknown> = {}
    beforeAll(async () => {
      for (const role of ['admin', 'editor', 'author'] as const) {
        users[role] = await payload.create({
          collection: 'users',
          data: { email: `${role}-alerts@konstancin-jeziorna.example`, password: 'haslo-testowe-123456', name: role, role },
        })
      }
    })

    it('only administrators read, write or delete addresses, alerts and deliveries; editors and authors and anonymous readers are refused', async () => {
      for (const collection of ['subscriptions', 'alerts', 'alert-deliveries'] as const) {
        const asAdmin = await payload.find({ collection, user: users.admin as never, overrideAccess: false })
        expect(asAdmin.totalDocs, collection).toBeGreaterThan(0)
        for (const who of [users.editor, users.author, undefined]) {
          await expect(payload.find({ collection, user: who as never, overrideAccess: false }), collection).rejects.toThrow()
        }
      }
      for (const who of [users.editor, users.author, undefined]) {
        await expect(
          payload.create({ collection: 'subscriptions', data: { email: address('wpis') }, user: who as never, overrideAccess: false }),
        ).rejects.toThrow()
      }
    })

    it('editors see how many confirmed addresses follow each kind of item (counts, no addresses)', async () => {
      const counts = await followerCounts(payload)
      const news = await payload.count({ collection: 'subscriptions', where: { and: [{ news: { equals: true } }, { confirmedAt: { exists: true } }] }, overrideAccess: true })
      expect(counts.find((c) => c.label === 'Wszystkie aktualności')?.count).toBe(news.totalDocs)
      expect(counts.find((c) => c.label === 'Głosowania rady')?.count).toBeGreaterThanOrEqual(1)
      expect(JSON.stringify(counts)).not.toContain('@')
    })
  })
})
