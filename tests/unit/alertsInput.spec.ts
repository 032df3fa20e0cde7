import { describe, expect, it } from 'vitest'

import { parseSubscribeForm } from '@/lib/alerts/subscribeInput'
import { readUnsubscribeToken, unsubscribeToken } from '@/lib/alerts/tokens'
import { isTemporaryFailure } from '@/lib/alerts/smtpFailure'

const form = (entries: [string, string][]) => {
  const data = new FormData()
  for (const [k, v] of entries) data.append(k, v)
  return data
}

describe('the alerts form input', () => {
  it('accepts an address with topics and categories, lower-casing the address', () => {
    expect(parseSubscribeForm(form([['email', ' Jan.Kowalski@Example.PL '], ['tematy', 'news'], ['tematy', 'votes'], ['kategorie', '12']]))).toEqual({
      ok: true,
      input: { email: 'jan.kowalski@example.pl', kinds: ['news', 'votes'], categories: ['12'] },
    })
  })

  it.each([
    ['', 'Podaj adres e-mail.'],
    ['   ', 'Podaj adres e-mail.'],
    ['jan', 'Podaj poprawny adres e-mail, np. jan.kowalski@example.pl.'],
    ['jan@', 'Podaj poprawny adres e-mail, np. jan.kowalski@example.pl.'],
    ['a b@example.pl', 'Podaj poprawny adres e-mail, np. jan.kowalski@example.pl.'],
    [`${'a'.repeat(250)}@example.pl`, 'Adres e-mail jest za długi.'],
  ])('refuses the address %j with a Polish field error', (email, message) => {
    expect(parseSubscribeForm(form([['email', email], ['tematy', 'news']]))).toEqual({ ok: false, errors: { email: message } })
  })

  it('asks for at least one topic, and says both problems at once', () => {
    expect(parseSubscribeForm(form([['email', 'jan@example.pl']]))).toEqual({ ok: false, errors: { topics: 'Wybierz co najmniej jeden temat powiadomień.' } })
    expect(parseSubscribeForm(form([['email', 'jan']])).ok).toBe(false)
    const both = parseSubscribeForm(form([['email', 'jan']]))
    expect(both.ok === false && Object.keys(both.errors).sort()).toEqual(['email', 'topics'])
  })

  it('refuses topics that are not offered', () => {
    expect(parseSubscribeForm(form([['email', 'jan@example.pl'], ['tematy', 'users']]))).toEqual({ ok: false, errors: { topics: 'Wybierz tematy z listy.' } })
    expect(parseSubscribeForm(form([['email', 'jan@example.pl'], ['kategorie', '1 OR 1=1']]))).toEqual({ ok: false, errors: { topics: 'Wybierz tematy z listy.' } })
  })
})

describe('unsubscribe tokens', () => {
  const secret = 'sekret-testowy-0123456789abcdef0123456789'
  it('name their subscription, and only when signed with the same secret', () => {
    const token = unsubscribeToken(secret, 42)
    expect(readUnsubscribeToken(secret, token)).toBe('42')
    expect(readUnsubscribeToken('inny-sekret-0123456789abcdef0123456789', token)).toBeNull()
    expect(readUnsubscribeToken(secret, token.replace(/^42\./, '43.'))).toBeNull()
    for (const bad of ['', '42', '42.', `42.${'A'.repeat(43)}`, `${token}x`, 'x'.repeat(500)]) expect(readUnsubscribeToken(secret, bad), bad).toBeNull()
  })
})

describe('SMTP failures', () => {
  it('a 4xx reply or no reply is temporary, a 5xx reply is final', () => {
    expect(isTemporaryFailure(Object.assign(new Error('busy'), { responseCode: 451 }))).toBe(true)
    expect(isTemporaryFailure(Object.assign(new Error('refused'), { code: 'ECONNECTION' }))).toBe(true)
    expect(isTemporaryFailure(Object.assign(new Error('no such user'), { responseCode: 550 }))).toBe(false)
  })
})
