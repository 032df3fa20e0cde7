import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { type CollectionBeforeOperationHook, type CollectionConfig, ValidationError } from 'payload'

import { anyone, editorsOnly } from '../../access'
import { checkPdfUpload } from '../../lib/sessions/pdfCheck'
import { revalidateAfterChange, revalidateAfterDelete } from '../hooks/revalidatePublicSite'

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** Refuses, in Polish and before Payload stores anything, a file that is not a PDF or is too large. */
const onlyPdf: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  if (!req.file) return args
  const reason = checkPdfUpload(req.file)
  if (reason) throw new ValidationError({ collection: 'session-documents', errors: [{ path: 'file', message: reason }], req })
  return args
}

/** PDF documents of council sessions: draft resolutions, resolutions, minutes. */
export const SessionDocuments: CollectionConfig = {
  slug: 'session-documents',
  labels: { singular: 'Dokument sesji', plural: 'Dokumenty sesji' },
  admin: { group: 'Samorząd', useAsTitle: 'title', defaultColumns: ['title', 'filename', 'filesize', 'updatedAt'] },
  access: { read: anyone, create: editorsOnly, update: editorsOnly, delete: editorsOnly },
  upload: {
    staticDir: path.join(projectRoot, 'media', 'dokumenty'),
    mimeTypes: ['application/pdf'],
    filesRequiredOnCreate: true,
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      label: 'Nazwa dokumentu',
      required: true,
      admin: { description: 'Np. „Projekt uchwały w sprawie przystąpienia do Związku Miast Polskich”.' },
    },
  ],
  hooks: {
    beforeOperation: [onlyPdf],
    afterChange: [revalidateAfterChange],
    afterDelete: [revalidateAfterDelete],
  },
}
