'use server'

import { createHash } from 'node:crypto'

import { headers } from 'next/headers'

import type { SubscribeState, TokenState } from '@/lib/alerts/formStates'
import { parseSubscribeForm } from '@/lib/alerts/subscribeInput'
import { confirmSubscription, requestSubscription, unsubscribe } from '@/lib/alerts/subscriptions'
import { payloadClient } from '@/lib/payload'
import { clientAddress } from '@/lib/rateLimit/clientAddress'
import { take, tooManyMessage } from '@/lib/rateLimit/limiters'

const SENT_MESSAGE =
  'Jeśli adres jest poprawny, wysłaliśmy na niego wiadomość z linkiem potwierdzającym. Otwórz ją i potwierdź zapis; bez potwierdzenia nie wyślemy żadnych powiadomień.'

const addressKey = (email: string) => createHash('sha256').update(email).digest('base64url')

/** The form at /powiadomienia (a POST, never cached). Same answer whether the address was known or not. */
export async function subscribeAction(_previous: SubscribeState, form: FormData): Promise<SubscribeState> {
  const address = clientAddress(await headers())
  if (address) {
    const verdict = await take('alerts', address)
    if (!verdict.allowed) return { status: 'limited', message: tooManyMessage.alerts(verdict.retryAfterSeconds) }
  }
  const parsed = parseSubscribeForm(form)
  if (!parsed.ok) {
    const chosen = [...form.getAll('tematy'), ...form.getAll('kategorie')].map(String).slice(0, 100)
    return { status: 'invalid', errors: parsed.errors, email: String(form.get('email') ?? '').slice(0, 254), chosen }
  }
  const mayMail = (await take('alertsAddress', addressKey(parsed.input.email))).allowed
  const outcome = await requestSubscription(await payloadClient(), parsed.input, { mayMail })
  if (outcome === 'send-failed') {
    return { status: 'failed', message: 'Nie udało się teraz wysłać wiadomości. Spróbuj ponownie za kilka minut.' }
  }
  return { status: 'sent', message: SENT_MESSAGE }
}

const CONFIRM_MESSAGES = {
  confirmed: 'Dziękujemy: zapis potwierdzony. Od teraz będziemy wysyłać powiadomienia o wybranych tematach.',
  expired: 'Link potwierdzający wygasł, a niepotwierdzony adres usunęliśmy. Zapisz się ponownie.',
  invalid: 'Ten link jest nieważny albo został już użyty.',
} as const

/** The button on /powiadomienia/potwierdz: confirming is a POST, so a mail scanner's GET changes nothing. */
export async function confirmAction(_previous: TokenState, form: FormData): Promise<TokenState> {
  const outcome = await confirmSubscription(await payloadClient(), String(form.get('token') ?? ''))
  return { status: outcome === 'confirmed' ? 'done' : 'refused', message: CONFIRM_MESSAGES[outcome] }
}

/** The button on /powiadomienia/wypisz: deletes the address. */
export async function unsubscribeAction(_previous: TokenState, form: FormData): Promise<TokenState> {
  const outcome = await unsubscribe(await payloadClient(), String(form.get('token') ?? ''))
  return outcome === 'unsubscribed'
    ? { status: 'done', message: 'Adres został usunięty. Nie będziemy wysyłać na niego powiadomień.' }
    : { status: 'refused', message: 'Ten link rezygnacji jest nieprawidłowy. Skopiuj cały adres z wiadomości.' }
}
