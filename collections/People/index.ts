import type { CollectionConfig } from 'payload'

import { anyone, editorsOnly } from '../../access'
import { slugField } from '../fields/slug'
import { revalidateAfterChange, revalidateAfterDelete } from '../hooks/revalidatePublicSite'
import { searchIndexHooks } from '../SearchIndex/hooks/syncSearchEntry'

/** A person, in the Popolo sense: councillors, the mayor, representatives. */
export const People: CollectionConfig = {
  slug: 'people',
  labels: { singular: 'Osoba', plural: 'Osoby' },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'position'], group: 'Samorząd' },
  access: { read: anyone, create: editorsOnly, update: editorsOnly, delete: editorsOnly },
  fields: [
    { name: 'name', type: 'text', label: 'Imię i nazwisko', required: true },
    slugField({ from: 'name' }),
    { name: 'position', type: 'text', label: 'Funkcja lub stanowisko' },
    { name: 'image', type: 'upload', relationTo: 'media', label: 'Zdjęcie' },
  ],
  hooks: {
    afterChange: [revalidateAfterChange, searchIndexHooks('people').afterChange],
    afterDelete: [revalidateAfterDelete, searchIndexHooks('people').afterDelete],
  },
}
