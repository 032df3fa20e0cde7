import type { SendEmailOptions } from 'payload'

import type { Alert } from '../../payload-types'
import { alertLinks } from './links'
import { CONFIRMATION_HOURS } from './topics'

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string)

const paragraphs = (lines: string[]) => lines.map((line) => `<p>${line}</p>`).join('\n')
const link = (href: string) => `<a href="${escapeHtml(href)}">${escapeHtml(href)}</a>`

const PORTAL = 'portalu Gminy Konstancin-Jeziorna'

/** The double opt-in message: nothing is sent to the address until its link is followed. */
export function confirmationMessage(site: string, to: string, token: string): SendEmailOptions {
  const confirm = alertLinks.confirm(site, token)
  return {
    to,
    subject: 'Potwierdź zapis na powiadomienia portalu Konstancin-Jeziorna',
    text: [
      'Dzień dobry,',
      `ktoś (zapewne Ty) zapisał ten adres na powiadomienia e-mail ${PORTAL}.`,
      `Aby je otrzymywać, otwórz ten adres w ciągu ${CONFIRMATION_HOURS} godzin i potwierdź zapis:`,
      confirm,
      'Jeśli to nie Ty, zignoruj tę wiadomość: bez potwierdzenia adres zostanie usunięty.',
    ].join('\n\n'),
    html: paragraphs([
      'Dzień dobry,',
      `ktoś (zapewne Ty) zapisał ten adres na powiadomienia e-mail ${PORTAL}.`,
      `Aby je otrzymywać, otwórz ten adres w ciągu ${CONFIRMATION_HOURS} godzin i potwierdź zapis:<br>${link(confirm)}`,
      'Jeśli to nie Ty, zignoruj tę wiadomość: bez potwierdzenia adres zostanie usunięty.',
    ]),
  }
}

/** RFC 2369 and RFC 8058 headers: the mail program's own "unsubscribe" button, one click. */
const unsubscribeHeaders = (site: string, token: string) => ({
  'List-Unsubscribe': `<${alertLinks.oneClick(site, token)}>`,
  'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
})

/** Sent instead of a confirmation when the address already receives alerts. */
export function alreadySubscribedMessage(site: string, to: string, unsubscribe: string): SendEmailOptions {
  const leave = alertLinks.unsubscribe(site, unsubscribe)
  const form = alertLinks.form(site)
  const lines = [
    'Dzień dobry,',
    `ten adres otrzymuje już powiadomienia e-mail ${PORTAL}, więc nic nie zmieniliśmy.`,
    `Aby wybrać inne tematy, zrezygnuj z powiadomień i zapisz się ponownie na ${form}.`,
    `Rezygnacja (adres zostanie usunięty): ${leave}`,
  ]
  return {
    to,
    subject: 'Ten adres otrzymuje już powiadomienia portalu Konstancin-Jeziorna',
    text: lines.join('\n\n'),
    html: paragraphs([
      lines[0],
      lines[1],
      `Aby wybrać inne tematy, zrezygnuj z powiadomień i zapisz się ponownie na ${link(form)}.`,
      `Rezygnacja (adres zostanie usunięty): ${link(leave)}`,
    ]),
    headers: unsubscribeHeaders(site, unsubscribe),
  }
}

const SUBJECT_PREFIX: Record<Alert['kind'], string> = {
  news: 'Nowy artykuł',
  sessions: 'Sesja rady',
  votes: 'Głosowanie rady',
}

/** One alert to one subscriber, with the one-click unsubscribe link and headers. */
export function alertMessage(site: string, to: string, alert: Alert, unsubscribe: string): SendEmailOptions {
  const page = `${site}${alert.path}`
  const leave = alertLinks.unsubscribe(site, unsubscribe)
  const summary = alert.summary?.trim()
  return {
    to,
    subject: `${SUBJECT_PREFIX[alert.kind]}: ${alert.title}`,
    text: [
      alert.title,
      ...(summary ? [summary] : []),
      `Czytaj na portalu: ${page}`,
      '--',
      `Otrzymujesz tę wiadomość, bo zapisałeś się na powiadomienia ${PORTAL}.`,
      `Rezygnacja jednym kliknięciem (adres zostanie usunięty): ${leave}`,
    ].join('\n\n'),
    html: [
      `<h1 style="font-size:1.25em">${escapeHtml(alert.title)}</h1>`,
      ...(summary ? [`<p>${escapeHtml(summary)}</p>`] : []),
      `<p>Czytaj na portalu: ${link(page)}</p>`,
      '<hr>',
      `<p>Otrzymujesz tę wiadomość, bo zapisałeś się na powiadomienia ${PORTAL}.<br>`,
      `Rezygnacja jednym kliknięciem (adres zostanie usunięty): ${link(leave)}</p>`,
    ].join('\n'),
    headers: unsubscribeHeaders(site, unsubscribe),
  }
}
