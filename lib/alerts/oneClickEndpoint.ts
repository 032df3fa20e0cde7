import type { Endpoint } from 'payload'

import { env } from '../env'
import { alertLinks } from './links'
import { unsubscribe } from './subscriptions'

const noStore = { 'cache-control': 'private, no-store' }

const tokenOf = (url: string | undefined) => (url ? (new URL(url, 'http://x').searchParams.get('token') ?? '') : '')

/**
 * The List-Unsubscribe address (RFC 8058). A mail program's one-click POST
 * (`List-Unsubscribe=One-Click`) deletes the address with no page in between; a GET (a
 * person opening it, or a scanner) is sent to the page with the button, and changes nothing.
 */
export const oneClickUnsubscribeEndpoints: Endpoint[] = [
  {
    path: '/powiadomienia/wypisz',
    method: 'post',
    handler: async (req) => {
      const outcome = await unsubscribe(req.payload, tokenOf(req.url))
      return outcome === 'unsubscribed'
        ? new Response('Adres został usunięty z powiadomień portalu Gminy Konstancin-Jeziorna.', { status: 200, headers: noStore })
        : new Response('Nieprawidłowy link rezygnacji.', { status: 400, headers: noStore })
    },
  },
  {
    path: '/powiadomienia/wypisz',
    method: 'get',
    handler: async (req) =>
      new Response(null, { status: 303, headers: { ...noStore, location: alertLinks.unsubscribe(env().siteUrl, tokenOf(req.url)) } }),
  },
]
