import type { PayloadRequest } from 'payload'
import { formatAdminURL } from 'payload/shared'

export const RESET_PASSWORD_SUBJECT = 'Ustaw nowe hasło do panelu portalu Konstancin-Jeziorna'

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string)

/**
 * The link always points at the portal's configured address (SITE_URL), never at the
 * Host the request named: a forged Host must not receive someone's reset token.
 */
export function resetPasswordLink(req: PayloadRequest, token: string): string {
  const { config } = req.payload
  return formatAdminURL({ adminRoute: config.routes.admin, path: `${config.admin.routes.reset}/${token}`, serverURL: config.serverURL })
}

/** The password-reset message, in Polish. */
type ResetEmailArgs = { req?: PayloadRequest; token?: string; user?: { name?: unknown } }

export function resetPasswordHtml(args?: ResetEmailArgs): string {
  const { req, token, user } = args ?? {}
  if (!req || !token) throw new Error('resetPasswordHtml: brak żądania lub tokenu')
  const link = escapeHtml(resetPasswordLink(req, token))
  const greeting = typeof user?.name === 'string' && user.name ? `Dzień dobry, ${escapeHtml(user.name)},` : 'Dzień dobry,'
  return [
    `<p>${greeting}</p>`,
    '<p>ktoś (zapewne Ty) poprosił o ustawienie nowego hasła do panelu redakcyjnego portalu Gminy Konstancin-Jeziorna.</p>',
    `<p>Aby ustawić nowe hasło, otwórz ten adres w ciągu godziny:<br><a href="${link}">${link}</a></p>`,
    '<p>Jeśli to nie Ty prosiłeś o zmianę, zignoruj tę wiadomość: dotychczasowe hasło pozostaje ważne.</p>',
  ].join('\n')
}
