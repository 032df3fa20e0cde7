import nodemailer from 'nodemailer'
import type { EmailAdapter } from 'payload'

import { isBuilding } from './isBuilding'
import type { SmtpSettings } from './smtpSettings'

/**
 * Payload's e-mail adapter on nodemailer (the adapter Payload's e-mail docs describe;
 * @payloadcms/email-nodemailer has an exact peer on another Payload version). The server
 * says once at start where mail goes and whether the SMTP server answered.
 */
export function smtpAdapter(smtp: SmtpSettings): EmailAdapter {
  return ({ payload }) => {
    const transport = nodemailer.createTransport({
      host: smtp.host,
      port: smtp.port,
      secure: smtp.security === 'tls',
      requireTLS: smtp.security === 'starttls',
      ignoreTLS: smtp.security === 'none',
      auth: smtp.auth,
    })
    if (!isBuilding()) {
      const where = `${smtp.host}:${smtp.port} (${smtp.security}), nadawca ${smtp.from.address}`
      transport.verify().then(
        () => payload.logger.info(`E-mail: wysyłka przez SMTP ${where}`),
        (error: Error) => payload.logger.warn(`E-mail: serwer SMTP ${where} nie odpowiada (${error.message}); wiadomości będą ponawiane przy każdej wysyłce`),
      )
    }
    return {
      name: 'smtp',
      defaultFromName: smtp.from.name,
      defaultFromAddress: smtp.from.address,
      sendEmail: async (message) => transport.sendMail({ from: smtp.from, ...message }),
    }
  }
}
