import type { EmailAdapter } from 'payload'

import type { Env } from '../env'
import { isBuilding } from './isBuilding'

/**
 * Without SMTP the messages go to the server log: the address and subject always, the
 * content (a password-reset link) only outside production, where the log is the
 * developer's own. Said once at start.
 */
export function logAdapter(settings: Pick<Env, 'nodeEnv'>): EmailAdapter {
  return ({ payload }) => {
    if (!isBuilding()) payload.logger.warn('E-mail: SMTP_HOST nie jest ustawiony, wiadomości (np. reset hasła) trafiają tylko do dziennika serwera')
    return {
      name: 'log',
      defaultFromName: 'Portal Gminy Konstancin-Jeziorna',
      defaultFromAddress: 'portal@localhost',
      sendEmail: async (message) => {
        const content = settings.nodeEnv === 'production' ? '' : `\n${message.text ?? message.html ?? ''}`
        payload.logger.info(`E-mail (niewysłany, brak SMTP) do ${String(message.to)}: ${message.subject}${content}`)
      },
    }
  }
}
