import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { startTestSmtpServer, type TestSmtpServer } from '../support/smtpServer'
import { describeDb, startTestPayload } from './testPayload'

describeDb('password reset e-mail over SMTP', () => {
  let payload: Payload
  let close: () => Promise<void>
  let smtp: TestSmtpServer
  const email = 'redaktorka-haslo@konstancin-jeziorna.example'

  beforeAll(async () => {
    smtp = await startTestSmtpServer()
    Object.assign(process.env, {
      SITE_URL: 'https://portal.konstancin-jeziorna.example',
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtp.port),
      SMTP_SECURITY: 'none',
      SMTP_FROM: 'Portal Gminy Konstancin-Jeziorna <portal@konstancin-jeziorna.example>',
    })
    ;({ payload, close } = await startTestPayload())
    await payload.create({
      collection: 'users',
      data: { email, password: 'stare-haslo-redaktorki-1', name: 'Anna <Redaktorka>', role: 'editor' },
    })
  })
  afterAll(async () => {
    await close()
    await smtp.stop()
    for (const key of ['SITE_URL', 'SMTP_HOST', 'SMTP_PORT', 'SMTP_SECURITY', 'SMTP_FROM']) delete process.env[key]
  })

  it('sends a Polish message with the link to the admin reset page; the link sets a new password', async () => {
    const token = await payload.forgotPassword({ collection: 'users', data: { email } })
    const mail = await smtp.messageTo(email)

    expect(mail.subject).toBe('Ustaw nowe hasło do panelu portalu Konstancin-Jeziorna')
    expect(mail.from?.value[0]).toEqual({ name: 'Portal Gminy Konstancin-Jeziorna', address: 'portal@konstancin-jeziorna.example' })
    expect(mail.html).toContain('Dzień dobry, Anna &lt;Redaktorka&gt;,')
    const link = /href="([^"]+)"/.exec(String(mail.html))?.[1]
    expect(link).toBe(`https://portal.konstancin-jeziorna.example/admin/reset/${token}`)

    const resetToken = new URL(link as string).pathname.split('/').pop() as string
    await payload.resetPassword({ collection: 'users', data: { token: resetToken, password: 'nowe-haslo-redaktorki-2' }, overrideAccess: true })
    const login = await payload.login({ collection: 'users', data: { email, password: 'nowe-haslo-redaktorki-2' } })
    expect(login.user?.email).toBe(email)
    await expect(payload.login({ collection: 'users', data: { email, password: 'stare-haslo-redaktorki-1' } })).rejects.toThrow()
  })

  it('sends nothing for an unknown address', async () => {
    const before = smtp.messages.length
    expect(await payload.forgotPassword({ collection: 'users', data: { email: 'obcy@konstancin-jeziorna.example' } })).toBeNull()
    expect(smtp.messages.length).toBe(before)
  })
})
