import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { CollectionConfig } from 'payload'

import { anyone, authenticated, editorsOnly, updateOwnMedia } from '../../access'
import { createdByField } from '../fields/createdBy'
import { revalidateAfterChange, revalidateAfterDelete } from '../hooks/revalidatePublicSite'

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: 'Plik', plural: 'Pliki' },
  admin: { group: 'Treści', defaultColumns: ['filename', 'alt', 'updatedAt'] },
  access: {
    read: anyone,
    create: authenticated,
    update: updateOwnMedia,
    delete: editorsOnly,
  },
  upload: {
    staticDir: path.join(projectRoot, 'media'),
    // An allowlist: no SVG (it can carry scripts). The size limit is `upload.limits` in payload.config.ts.
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp'],
    filesRequiredOnCreate: true,
    imageSizes: [
      { name: 'thumbnail', width: 400 },
      { name: 'card', width: 768 },
      { name: 'wide', width: 1440 },
      { name: 'og', width: 1200, height: 630, position: 'centre' },
    ],
    adminThumbnail: 'thumbnail',
    focalPoint: true,
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      label: 'Tekst alternatywny',
      required: true,
      admin: { description: 'Opis obrazu dla osób niewidomych: co na nim widać i po co jest.' },
      validate: (value: unknown) =>
        typeof value === 'string' && value.trim().length > 0
          ? true
          : 'Tekst alternatywny jest wymagany: opisz, co przedstawia obraz.',
    },
    { name: 'credit', type: 'text', label: 'Autor zdjęcia / źródło' },
    createdByField,
  ],
  hooks: { afterChange: [revalidateAfterChange], afterDelete: [revalidateAfterDelete] },
}
