'use client'

import { useActionState } from 'react'

import type { TokenState } from '@/lib/alerts/formStates'

type Props = {
  action: (previous: TokenState, form: FormData) => Promise<TokenState>
  token: string
  label: string
}

/**
 * One button that acts on a link's token (confirm, unsubscribe). The page itself only shows
 * it: a GET by a mail scanner that opens links changes nothing; the click is a POST.
 */
export function TokenActionForm({ action, token, label }: Props) {
  const [state, formAction, pending] = useActionState(action, { status: 'idle' })
  if (state.status !== 'idle') {
    return (
      <p className={state.status === 'done' ? 'notice' : 'notice notice--error'} role={state.status === 'done' ? 'status' : 'alert'}>
        {state.message}
      </p>
    )
  }
  return (
    <form action={formAction}>
      <input type="hidden" name="token" value={token} />
      <button type="submit" className="button" disabled={pending}>
        {label}
      </button>
    </form>
  )
}
