/** The documents an agenda item may carry. */
export const SESSION_DOCUMENT_KINDS = ['draft-resolution', 'resolution', 'minutes', 'other'] as const
export type SessionDocumentKind = (typeof SESSION_DOCUMENT_KINDS)[number]

export const SESSION_DOCUMENT_KIND_LABELS: Record<SessionDocumentKind, string> = {
  'draft-resolution': 'Projekt uchwały',
  resolution: 'Uchwała',
  minutes: 'Protokół',
  other: 'Inny dokument',
}
