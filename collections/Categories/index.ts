import type { CollectionConfig } from 'payload'

import { anyone, editorsOnly } from '../../access'
import { slugField } from '../fields/slug'
import { revalidateAfterChange, revalidateAfterDelete } from '../hooks/revalidatePublicSite'

export const Categories: CollectionConfig = {
  slug: 'categories',
  labels: { singular: 'Kategoria', plural: 'Kategorie' },
  admin: { useAsTitle: 'title', group: 'Treści' },
  access: { read: anyone, create: editorsOnly, update: editorsOnly, delete: editorsOnly },
  fields: [
    { name: 'title', type: 'text', label: 'Nazwa', required: true },
    slugField(),
    { name: 'description', type: 'textarea', label: 'Opis' },
  ],
  hooks: { afterChange: [revalidateAfterChange], afterDelete: [revalidateAfterDelete] },
}
