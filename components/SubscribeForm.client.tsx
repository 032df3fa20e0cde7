'use client'

import { useActionState } from 'react'

import type { SubscribeState } from '@/lib/alerts/formStates'
import { ALERT_KIND_LABELS, ALERT_KINDS } from '@/lib/alerts/topics'

type Props = {
  action: (previous: SubscribeState, form: FormData) => Promise<SubscribeState>
  categories: { id: number | string; title: string }[]
}

/** The subscription form; answers appear above it (role=status or alert), field errors beside the field. */
export function SubscribeForm({ action, categories }: Props) {
  const [state, formAction, pending] = useActionState(action, { status: 'idle' })
  const errors = state.status === 'invalid' ? state.errors : {}
  // React empties the form after each submission: what was chosen comes back through the state.
  const chosen = new Set(state.status === 'invalid' ? state.chosen : [])
  return (
    <>
      {state.status === 'sent' ? (
        <p className="notice" role="status">
          {state.message}
        </p>
      ) : null}
      {state.status === 'limited' || state.status === 'failed' ? (
        <p className="notice notice--error" role="alert">
          {state.message}
        </p>
      ) : null}
      {state.status === 'invalid' ? (
        <div className="notice notice--error" role="alert">
          <p>Popraw formularz:</p>
          <ul>
            {errors.email ? <li><a href="#alerts-email">{errors.email}</a></li> : null}
            {errors.topics ? <li><a href="#alerts-topics">{errors.topics}</a></li> : null}
          </ul>
        </div>
      ) : null}
      <form action={formAction} className="subscribe-form" noValidate>
        <div className="form-field">
          <label htmlFor="alerts-email">Adres e-mail</label>
          {errors.email ? (
            <p id="alerts-email-error" className="field-error">
              {errors.email}
            </p>
          ) : null}
          <input
            id="alerts-email"
            name="email"
            type="email"
            autoComplete="email"
            maxLength={254}
            defaultValue={state.status === 'invalid' ? state.email : ''}
            aria-invalid={errors.email ? true : undefined}
            aria-describedby={errors.email ? 'alerts-email-error' : undefined}
          />
        </div>
        <fieldset id="alerts-topics" aria-describedby={errors.topics ? 'alerts-topics-error' : undefined}>
          <legend>O czym powiadamiać</legend>
          {errors.topics ? (
            <p id="alerts-topics-error" className="field-error">
              {errors.topics}
            </p>
          ) : null}
          {ALERT_KINDS.map((kind) => (
            <div className="form-check" key={kind}>
              <input id={`alerts-kind-${kind}`} type="checkbox" name="tematy" value={kind} defaultChecked={chosen.has(kind)} />
              <label htmlFor={`alerts-kind-${kind}`}>{ALERT_KIND_LABELS[kind]}</label>
            </div>
          ))}
          {categories.length > 0 ? (
            <fieldset>
              <legend>Albo tylko aktualności z kategorii</legend>
              {categories.map((category) => (
                <div className="form-check" key={category.id}>
                  <input
                    id={`alerts-category-${category.id}`}
                    type="checkbox"
                    name="kategorie"
                    value={String(category.id)}
                    defaultChecked={chosen.has(String(category.id))}
                  />
                  <label htmlFor={`alerts-category-${category.id}`}>{category.title}</label>
                </div>
              ))}
            </fieldset>
          ) : null}
        </fieldset>
        <button type="submit" className="button" disabled={pending}>
          Zapisz się
        </button>
      </form>
    </>
  )
}
