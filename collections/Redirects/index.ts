import type { CollectionConfig } from 'payload'

import { anyone, editorsOnly } from '../../access'
import { revalidateAfterChange, revalidateAfterDelete } from '../hooks/revalidatePublicSite'

const validatePath = (value: unknown) => {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//')) {
    return 'Adres musi zaczynać się od jednego ukośnika „/”, np. /news/stary-artykul.'
  }
  if (/\s/.test(value)) return 'Adres nie może zawierać spacji.'
  return true
}

/** Old paths (e.g. from the municipality's previous site) answered with a permanent redirect. */
export const Redirects: CollectionConfig = {
  slug: 'redirects',
  labels: { singular: 'Przekierowanie', plural: 'Przekierowania' },
  admin: { useAsTitle: 'from', defaultColumns: ['from', 'to'], group: 'Administracja' },
  access: { read: anyone, create: editorsOnly, update: editorsOnly, delete: editorsOnly },
  fields: [
    {
      name: 'from',
      type: 'text',
      label: 'Stary adres',
      required: true,
      unique: true,
      index: true,
      validate: validatePath,
    },
    { name: 'to', type: 'text', label: 'Nowy adres', required: true, validate: validatePath },
  ],
  hooks: { afterChange: [revalidateAfterChange], afterDelete: [revalidateAfterDelete] },
}
