import type { Metadata } from 'next'

import { TokenLinkPage } from '@/components/TokenLinkPage'

import { confirmAction } from '../actions'

export const metadata: Metadata = { title: 'Potwierdź zapis na powiadomienia', robots: { index: false, follow: false } }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

/** The link from the confirmation e-mail; the button confirms (a POST). */
export default async function ConfirmPage({ searchParams }: Props) {
  return (
    <TokenLinkPage
      token={(await searchParams).token}
      heading="Potwierdź zapis na powiadomienia"
      crumb="Potwierdzenie zapisu"
      intro="Kliknij przycisk, aby potwierdzić, że chcesz otrzymywać powiadomienia e-mail na wybrane tematy."
      button="Potwierdzam zapis"
      action={confirmAction}
    />
  )
}
