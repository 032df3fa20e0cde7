import { z } from 'zod'

export type SmtpSecurity = 'tls' | 'starttls' | 'none'

export type SmtpSettings = {
  host: string
  port: number
  /** tls: encrypted from the first byte (port 465); starttls: upgraded, refused without it; none: a local relay only. */
  security: SmtpSecurity
  auth?: { user: string; pass: string }
  from: { name: string; address: string }
}

const DEFAULT_SENDER_NAME = 'Portal Gminy Konstancin-Jeziorna'
const SENDER = /^\s*(?:"?([^"<>]*?)"?\s*)?<([^<>\s]+)>\s*$/

const sender = z
  .string()
  .trim()
  .transform((value, context) => {
    const [, name, address] = SENDER.exec(value) ?? [undefined, undefined, value]
    if (!z.email().safeParse(address).success) {
      context.addIssue({ code: 'custom', message: 'SMTP_FROM musi być adresem, np. "Portal Gminy <portal@example.pl>"' })
      return z.NEVER
    }
    return { name: name?.trim() || DEFAULT_SENDER_NAME, address: address as string }
  })

const smtpSchema = z
  .object({
    SMTP_HOST: z.string().trim().min(1).optional(),
    SMTP_PORT: z.coerce.number().int().min(1).max(65535, 'SMTP_PORT musi być numerem portu (1-65535)').optional(),
    SMTP_SECURITY: z.enum(['tls', 'starttls', 'none'], { message: 'SMTP_SECURITY musi być jednym z: tls, starttls, none' }).optional(),
    SMTP_USER: z.string().min(1).optional(),
    SMTP_PASSWORD: z.string().min(1).optional(),
    SMTP_FROM: sender.optional(),
  })
  .superRefine((e, context) => {
    const issue = (path: string, message: string) => context.addIssue({ code: 'custom', path: [path], message })
    if (!e.SMTP_HOST) {
      const stray = (['SMTP_PORT', 'SMTP_SECURITY', 'SMTP_USER', 'SMTP_PASSWORD', 'SMTP_FROM'] as const).find((k) => e[k] !== undefined)
      if (stray) issue('SMTP_HOST', `wymagany, gdy ustawiono ${stray}`)
      return
    }
    if (!e.SMTP_FROM) issue('SMTP_FROM', 'wymagany z SMTP_HOST (nadawca, np. "Portal Gminy <portal@example.pl>")')
    if (Boolean(e.SMTP_USER) !== Boolean(e.SMTP_PASSWORD)) issue('SMTP_PASSWORD', 'SMTP_USER i SMTP_PASSWORD podaje się razem')
  })

/** Sending over SMTP when SMTP_HOST is set; undefined means messages go to the server log. */
export function parseSmtpSettings(source: NodeJS.ProcessEnv): { ok: true; smtp?: SmtpSettings } | { ok: false; reason: string } {
  const result = smtpSchema.safeParse(source)
  if (!result.success) {
    const issue = result.error.issues[0]
    return { ok: false, reason: `${issue.path.join('.')}: ${issue.message}` }
  }
  const e = result.data
  if (!e.SMTP_HOST || !e.SMTP_FROM) return { ok: true }
  const security = e.SMTP_SECURITY ?? (e.SMTP_PORT === 465 ? 'tls' : 'starttls')
  return {
    ok: true,
    smtp: {
      host: e.SMTP_HOST,
      port: e.SMTP_PORT ?? (security === 'tls' ? 465 : 587),
      security,
      auth: e.SMTP_USER && e.SMTP_PASSWORD ? { user: e.SMTP_USER, pass: e.SMTP_PASSWORD } : undefined,
      from: e.SMTP_FROM,
    },
  }
}
