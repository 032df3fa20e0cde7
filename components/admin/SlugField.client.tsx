'use client'

import { TextField, useField } from '@payloadcms/ui'
import type { TextFieldClientProps } from 'payload'

import { toSlug } from '@/lib/slug'

type Props = TextFieldClientProps & {
  /** The public path before the slug ("/aktualnosci/"), for showing the resulting address; none for documents without a page. */
  pathPrefix?: string
}

/**
 * Payload's text field, normalised on the spot: when the editor leaves the field, whatever she
 * typed ("Zmiana ruchu – ul. Warszawska") becomes a slug ("zmiana-ruchu-ul-warszawska"), and
 * the address the page will have is shown below it as she types.
 */
export function SlugField({ pathPrefix, ...props }: Props) {
  const path = props.path ?? props.field.name
  const { value, setValue } = useField<string>({ path })
  const typed = typeof value === 'string' ? value : ''
  const slug = toSlug(typed)
  const normalise = () => {
    if (typed && slug !== typed) setValue(slug)
  }
  return (
    <div className="slug-field" onBlur={normalise}>
      <TextField {...props} />
      <p className="field-description slug-field__address" aria-live="polite" data-testid="slug-address">
        {slug ? (
          <>
            {pathPrefix === undefined ? 'Adres: ' : 'Adres w portalu: '}
            <code>{`${pathPrefix ?? ''}${slug}`}</code>
            {slug !== typed ? ' (tak zostanie zapisany)' : null}
          </>
        ) : (
          'Adres powstanie z tytułu przy zapisie.'
        )}
      </p>
    </div>
  )
}
