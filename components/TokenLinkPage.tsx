import Link from 'next/link'

import { Breadcrumbs } from '@/components/Breadcrumbs'
import { TokenActionForm } from '@/components/TokenActionForm.client'
import type { TokenState } from '@/lib/alerts/formStates'

type Props = {
  token: string | string[] | undefined
  heading: string
  crumb: string
  intro: string
  button: string
  action: (previous: TokenState, form: FormData) => Promise<TokenState>
}

/** A page an e-mail links to with ?token=…: it explains and shows one button; opening it changes nothing. */
export function TokenLinkPage({ token, heading, crumb, intro, button, action }: Props) {
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Powiadomienia e-mail', href: '/powiadomienia' }]} current={crumb} />
      <h1>{heading}</h1>
      {typeof token === 'string' && token ? (
        <>
          <p>{intro}</p>
          <TokenActionForm action={action} token={token} label={button} />
        </>
      ) : (
        <p>
          W tym adresie brakuje kodu z wiadomości: otwórz link z wiadomości w całości. Zapis i wybór tematów:{' '}
          <Link href="/powiadomienia">Powiadomienia e-mail</Link>.
        </p>
      )}
    </>
  )
}
