import { once } from 'node:events'
import type { AddressInfo } from 'node:net'

import { type ParsedMail, simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export type ReceivedMail = ParsedMail & { envelopeTo: string[] }

export type TestSmtpServer = {
  port: number
  /** Every message received so far, oldest first. */
  messages: ReceivedMail[]
  /** The first message (already received or still to come) to this address. */
  messageTo: (address: string, timeoutMs?: number) => Promise<ReceivedMail>
  stop: () => Promise<void>
}

/** An SMTP reply code (4xx temporary, 5xx permanent) to refuse a recipient with, or null to accept it. */
export type RecipientRefusal = (address: string) => number | null

/**
 * A real SMTP server for tests, on 127.0.0.1 (a free port unless one is given), without
 * TLS, accepting any login. Messages are parsed with mailparser. `refuse` answers RCPT TO
 * with an error code for the recipients it names.
 */
export async function startTestSmtpServer(port = 0, refuse: RecipientRefusal = () => null): Promise<TestSmtpServer> {
  const messages: ReceivedMail[] = []
  const waiting = new Set<() => void>()
  const server = new SMTPServer({
    secure: false,
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    logger: false,
    onAuth: (_auth, _session, callback) => callback(null, { user: 'test' }),
    onRcptTo: (address, _session, callback) => {
      const code = refuse(address.address.toLowerCase())
      if (code === null) return callback()
      callback(Object.assign(new Error(code < 500 ? 'Spróbuj później (test)' : 'Nie ma takiej skrzynki (test)'), { responseCode: code }))
    },
    onData: (stream, session, callback) => {
      simpleParser(stream).then(
        (mail) => {
          messages.push(Object.assign(mail, { envelopeTo: session.envelope.rcptTo.map((r) => r.address.toLowerCase()) }))
          for (const wake of waiting) wake()
          callback()
        },
        (error: Error) => callback(error),
      )
    },
  })
  server.listen(port, '127.0.0.1')
  await once(server.server, 'listening')

  const find = (address: string) => messages.find((m) => m.envelopeTo.includes(address.toLowerCase()))
  const messageTo = (address: string, timeoutMs = 30_000) =>
    new Promise<ReceivedMail>((resolve, reject) => {
      const check = () => {
        const mail = find(address)
        if (!mail) return
        clearTimeout(timer)
        waiting.delete(check)
        resolve(mail)
      }
      const timer = setTimeout(() => {
        waiting.delete(check)
        reject(new Error(`no e-mail to ${address} within ${timeoutMs} ms (received: ${messages.length})`))
      }, timeoutMs)
      waiting.add(check)
      check()
    })

  return {
    port: (server.server.address() as AddressInfo).port,
    messages,
    messageTo,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
