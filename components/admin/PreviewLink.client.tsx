'use client'

import { useDocumentInfo } from '@payloadcms/ui'

import { paths } from '@/lib/routes'

/** The document bar's preview, as a button that says what it does (Payload's is an unlabelled icon). */
export function PreviewLink() {
  const { id, collectionSlug } = useDocumentInfo()
  if (collectionSlug !== 'articles' || id === undefined || id === null) return null
  return (
    <a
      className="btn btn--style-secondary btn--size-medium btn--no-margin portal-preview-link"
      href={paths.preview('articles', id)}
      target="_blank"
      rel="noopener"
      id="preview-button"
    >
      <span className="btn__content">Podgląd na stronie ↗</span>
    </a>
  )
}
