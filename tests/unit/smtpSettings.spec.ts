import { describe, expect, it } from 'vitest'

import { parseEnv } from '@/lib/env'

const base = { NODE_ENV: 'development' } as const

describe('SMTP settings from the environment', () => {
  it('no SMTP_HOST: no SMTP (messages go to the log)', () => {
    expect(parseEnv(base).smtp).toBeUndefined()
  })

  it('reads the sender name and address, the port and the security from the environment', () => {
    const smtp = parseEnv({
      ...base,
      SMTP_HOST: 'smtp.example.pl',
      SMTP_USER: 'portal',
      SMTP_PASSWORD: 'sekret',
      SMTP_FROM: '"Portal Gminy" <portal@example.pl>',
    }).smtp
    expect(smtp).toEqual({
      host: 'smtp.example.pl',
      port: 587,
      security: 'starttls',
      auth: { user: 'portal', pass: 'sekret' },
      from: { name: 'Portal Gminy', address: 'portal@example.pl' },
    })
  })

  it('port 465 means TLS from the first byte; a bare address gets the portal name', () => {
    const smtp = parseEnv({ ...base, SMTP_HOST: 'smtp.example.pl', SMTP_PORT: '465', SMTP_FROM: 'portal@example.pl' }).smtp
    expect(smtp).toMatchObject({ port: 465, security: 'tls', from: { name: 'Portal Gminy Konstancin-Jeziorna', address: 'portal@example.pl' } })
  })

  it.each([
    ['a host without a sender', { SMTP_HOST: 'smtp.example.pl' }, /^SMTP_FROM: wymagany/],
    ['a sender that is no address', { SMTP_HOST: 'smtp.example.pl', SMTP_FROM: 'Portal <portal>' }, /^SMTP_FROM: SMTP_FROM musi być adresem/],
    ['a port out of range', { SMTP_HOST: 'smtp.example.pl', SMTP_FROM: 'p@example.pl', SMTP_PORT: '70000' }, /^SMTP_PORT: /],
    ['an unknown security', { SMTP_HOST: 'smtp.example.pl', SMTP_FROM: 'p@example.pl', SMTP_SECURITY: 'ssl' }, /^SMTP_SECURITY: /],
    ['a user without a password', { SMTP_HOST: 'smtp.example.pl', SMTP_FROM: 'p@example.pl', SMTP_USER: 'portal' }, /^SMTP_PASSWORD: /],
    ['settings without a host', { SMTP_USER: 'portal', SMTP_PASSWORD: 'x' }, /^SMTP_HOST: wymagany, gdy ustawiono SMTP_USER/],
  ])('refuses %s with a one-line reason', (_, extra, reason) => {
    expect(() => parseEnv({ ...base, ...extra })).toThrow(reason)
  })
})
