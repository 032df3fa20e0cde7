import { MAX_UPLOAD_BYTES, MAX_UPLOAD_MEGABYTES } from '../media/limits'

/** A session document may be as large as any upload. */
export const MAX_DOCUMENT_BYTES = MAX_UPLOAD_BYTES

/** Every PDF starts with "%PDF-" (ISO 32000-1, 7.5.2); a renamed file of another kind does not. */
const PDF_MAGIC = Buffer.from('%PDF-', 'latin1')

type UploadedFile = { data?: Buffer; size?: number; name?: string }

/** Null when the upload is a PDF within the size limit, otherwise the Polish reason. */
export function checkPdfUpload(file: UploadedFile): string | null {
  const size = file.size ?? file.data?.length ?? 0
  if (size > MAX_DOCUMENT_BYTES) {
    return `Plik jest za duży: największy dozwolony rozmiar dokumentu to ${MAX_UPLOAD_MEGABYTES} MB.`
  }
  const head = file.data?.subarray(0, PDF_MAGIC.length)
  if (!head || !head.equals(PDF_MAGIC)) {
    return 'To nie jest plik PDF. Dokumenty sesji (projekty uchwał, uchwały, protokoły) przyjmujemy tylko w formacie PDF.'
  }
  return null
}
