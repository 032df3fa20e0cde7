import { z } from 'zod'

import { EDGE_REFRESH_SECRET_PATTERN, EDGE_REFRESH_SECRET_RULE, type EdgeRefreshSettings } from './edge/refreshSettings'
import { parseSmtpSettings, type SmtpSettings } from './email/smtpSettings'

const DEV_SECRET = 'dev-only-secret-change-me-0123456789abcdef'
export const DEV_ADMIN_PASSWORD = 'konstancin-dev-haslo'

const databaseUri = z
  .string()
  .trim()
  .refine((v) => /^(file:|mongodb:\/\/|mongodb\+srv:\/\/)/.test(v), {
    message: 'DATABASE_URI musi zaczynać się od file:, mongodb:// lub mongodb+srv://',
  })

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URI: databaseUri.default('file:./data/portal.db'),
  PAYLOAD_SECRET: z.string().min(32, 'PAYLOAD_SECRET musi mieć co najmniej 32 znaki').optional(),
  SITE_URL: z.url({ message: 'SITE_URL musi być pełnym adresem, np. https://konstancinjeziorna.pl' }).optional(),
  INTERNAL_URL: z.url({ message: 'INTERNAL_URL musi być pełnym adresem, np. http://127.0.0.1:3000' }).optional(),
  REDIS_URL: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z.url({ protocol: /^rediss?$/, message: 'REDIS_URL musi być adresem redis:// lub rediss://, np. redis://127.0.0.1:6379' }).optional(),
  ),
  EDGE_REFRESH_SECRET: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z.string().regex(EDGE_REFRESH_SECRET_PATTERN, EDGE_REFRESH_SECRET_RULE).optional(),
  ),
  EDGE_REFRESH_URL: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z.url({ protocol: /^https?$/, message: 'EDGE_REFRESH_URL musi być adresem http(s)://, np. http://127.0.0.1:8080' }).optional(),
  ),
})

export type Env = {
  nodeEnv: 'development' | 'production' | 'test'
  databaseUri: string
  databaseKind: 'sqlite' | 'mongodb'
  payloadSecret: string
  siteUrl: string
  /** Where the server reaches itself (background jobs refreshing pages); SITE_URL by default. */
  internalUrl: string
  /** Where the instances share their page cache, limits and change notices; unset: one instance, all in memory. */
  redisUrl: string | null
  /** Outgoing e-mail; undefined: messages are written to the server log (see lib/email/). */
  smtp?: SmtpSettings
  /** The edge's exact refresh after a change (lib/edge/); null: its entries expire by themselves. */
  edgeRefresh: EdgeRefreshSettings | null
}

export class EnvError extends Error {}

/** Parses the environment once per process; throws EnvError with a one-line reason. */
export function parseEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const result = envSchema.safeParse(source)
  if (!result.success) {
    const issue = result.error.issues[0]
    throw new EnvError(`${issue.path.join('.')}: ${issue.message}`)
  }
  const e = result.data
  // `next build` loads the config to collect routes but signs nothing: it needs no secret.
  const building = source.NEXT_PHASE === 'phase-production-build'
  const production = e.NODE_ENV === 'production' && !building
  if (production && !e.PAYLOAD_SECRET) {
    throw new EnvError('PAYLOAD_SECRET: wymagany w produkcji (losowy ciąg co najmniej 32 znaków)')
  }
  if (production && e.PAYLOAD_SECRET === DEV_SECRET) {
    throw new EnvError('PAYLOAD_SECRET: w produkcji nie wolno używać sekretu deweloperskiego')
  }
  if (production && !e.SITE_URL) {
    throw new EnvError('SITE_URL: wymagany w produkcji (publiczny adres portalu, np. https://konstancinjeziorna.pl)')
  }
  const email = parseSmtpSettings(source)
  if (!email.ok) throw new EnvError(email.reason)
  const siteUrl = (e.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, '')
  return {
    nodeEnv: e.NODE_ENV,
    databaseUri: e.DATABASE_URI,
    databaseKind: e.DATABASE_URI.startsWith('mongodb') ? 'mongodb' : 'sqlite',
    payloadSecret: e.PAYLOAD_SECRET ?? DEV_SECRET,
    siteUrl,
    internalUrl: (e.INTERNAL_URL ?? e.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, ''),
    redisUrl: e.REDIS_URL ?? null,
    smtp: email.smtp,
    edgeRefresh: e.EDGE_REFRESH_SECRET
      ? { edgeUrl: (e.EDGE_REFRESH_URL ?? siteUrl).replace(/\/+$/, ''), publicHost: new URL(siteUrl).host, secret: e.EDGE_REFRESH_SECRET }
      : null,
  }
}

let cached: Env | undefined

export function env(): Env {
  cached ??= parseEnv()
  return cached
}
