import { z } from 'zod'

import { ALERT_KINDS, type AlertKind } from './topics'

export type SubscribeInput = { email: string; kinds: AlertKind[]; categories: string[] }
export type SubscribeErrors = { email?: string; topics?: string }

const MAX_EMAIL_LENGTH = 254

const schema = z.object({
  email: z
    .string({ message: 'Podaj adres e-mail.' })
    .trim()
    .min(1, 'Podaj adres e-mail.')
    .max(MAX_EMAIL_LENGTH, 'Adres e-mail jest za długi.')
    .pipe(z.email('Podaj poprawny adres e-mail, np. jan.kowalski@example.pl.'))
    .transform((email) => email.toLowerCase()),
  kinds: z.array(z.enum(ALERT_KINDS)).max(ALERT_KINDS.length),
  categories: z.array(z.string().regex(/^[A-Za-z0-9]{1,40}$/)).max(100),
})

/** The form's fields (FormData from the page), checked; Polish messages per field. */
export function parseSubscribeForm(form: FormData): { ok: true; input: SubscribeInput } | { ok: false; errors: SubscribeErrors } {
  const raw = {
    email: form.get('email') ?? '',
    kinds: form.getAll('tematy').filter((v) => typeof v === 'string'),
    categories: form.getAll('kategorie').filter((v) => typeof v === 'string'),
  }
  const parsed = schema.safeParse(raw)
  const errors: SubscribeErrors = {}
  for (const issue of parsed.error?.issues ?? []) {
    if (issue.path[0] === 'email') errors.email ??= issue.message
    else errors.topics ??= 'Wybierz tematy z listy.'
  }
  if (raw.kinds.length === 0 && raw.categories.length === 0) errors.topics = 'Wybierz co najmniej jeden temat powiadomień.'
  if (!parsed.success || errors.topics) return { ok: false, errors }
  return { ok: true, input: parsed.data }
}
