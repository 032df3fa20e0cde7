import type { Metadata } from 'next'

import { TokenLinkPage } from '@/components/TokenLinkPage'

import { unsubscribeAction } from '../actions'

export const metadata: Metadata = { title: 'Rezygnacja z powiadomień', robots: { index: false, follow: false } }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

/** The link in every alert; the button deletes the address (a POST). */
export default async function UnsubscribePage({ searchParams }: Props) {
  return (
    <TokenLinkPage
      token={(await searchParams).token}
      heading="Rezygnacja z powiadomień"
      crumb="Rezygnacja"
      intro="Po kliknięciu przycisku usuniemy Twój adres e-mail i nie wyślemy już żadnych powiadomień."
      button="Rezygnuję z powiadomień"
      action={unsubscribeAction}
    />
  )
}
