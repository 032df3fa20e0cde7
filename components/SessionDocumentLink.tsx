import type { SessionDocument } from '@/payload-types'
import { SESSION_DOCUMENT_KIND_LABELS, type SessionDocumentKind } from '@/lib/sessions/documentKinds'

const sizeFormat = new Intl.NumberFormat('pl-PL', { maximumFractionDigits: 1 })

function fileSize(bytes: number | null | undefined): string {
  if (!bytes) return 'PDF'
  return bytes < 1024 * 1024 ? `PDF, ${sizeFormat.format(bytes / 1024)} kB` : `PDF, ${sizeFormat.format(bytes / 1024 / 1024)} MB`
}

/** "Uchwała: <title> (PDF, 120 kB)", linking to the file. */
export function SessionDocumentLink({ kind, document }: { kind: SessionDocumentKind; document: SessionDocument }) {
  if (!document.url) return null
  return (
    <>
      {SESSION_DOCUMENT_KIND_LABELS[kind]}: <a href={document.url}>{document.title}</a> ({fileSize(document.filesize)})
    </>
  )
}
