import { z } from 'zod'

import { DEV_ADMIN_PASSWORD } from '../lib/env'
import type { AdminAccount } from './seed'

export const DEV_ADMIN_EMAIL = 'admin@konstancin-jeziorna.example'

const accountSchema = z.object({
  ADMIN_EMAIL: z.email({ message: 'ADMIN_EMAIL musi być adresem e-mail' }).optional(),
  ADMIN_PASSWORD: z.string().min(12, 'ADMIN_PASSWORD musi mieć co najmniej 12 znaków').optional(),
})

export class AdminAccountError extends Error {}

/** The first administrator; development gets a printed default, production must set its own. */
export function adminAccountFromEnv(
  source: NodeJS.ProcessEnv,
  production: boolean,
): AdminAccount & { isDevDefault: boolean } {
  const parsed = accountSchema.safeParse(source)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new AdminAccountError(`${issue.path.join('.')}: ${issue.message}`)
  }
  const { ADMIN_EMAIL, ADMIN_PASSWORD } = parsed.data
  const password = ADMIN_PASSWORD ?? DEV_ADMIN_PASSWORD
  const isDevDefault = password === DEV_ADMIN_PASSWORD
  if (production && isDevDefault) {
    throw new AdminAccountError('ADMIN_PASSWORD: w produkcji ustaw własne hasło administratora (co najmniej 12 znaków)')
  }
  return { email: ADMIN_EMAIL ?? DEV_ADMIN_EMAIL, password, isDevDefault }
}
