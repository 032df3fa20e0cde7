import type { CollectionConfig } from 'payload'

import { anyone, editorsOnly } from '../../access'
import { paths } from '../../lib/routes'
import { slugField } from '../fields/slug'
import { ORGANISATION_CLASSIFICATIONS } from './classifications'
import { revalidateAfterChange, revalidateAfterDelete } from '../hooks/revalidatePublicSite'
import { searchIndexHooks } from '../SearchIndex/hooks/syncSearchEntry'
import { slugHistoryHooks } from '../hooks/slugHistory'

const slugHistory = slugHistoryHooks(paths.organisation)

/** An organisation, in the Popolo sense: the municipality, its council, associations. */
export const Organisations: CollectionConfig = {
  slug: 'organisations',
  labels: { singular: 'Organizacja', plural: 'Organizacje' },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'classification', 'updatedAt'], group: 'Samorząd' },
  access: { read: anyone, create: editorsOnly, update: editorsOnly, delete: editorsOnly },
  fields: [
    { name: 'name', type: 'text', label: 'Nazwa', required: true },
    { name: 'shortName', type: 'text', label: 'Skrót nazwy', admin: { description: 'Np. ZMP' } },
    slugField({ from: 'name', publicPath: paths.organisation }),
    {
      name: 'classification',
      type: 'select',
      label: 'Rodzaj',
      required: true,
      options: [...ORGANISATION_CLASSIFICATIONS],
    },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'organisations',
      label: 'Organizacja nadrzędna',
      admin: { description: 'Np. dla rady: gmina, której jest organem.' },
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
    },
    { name: 'description', type: 'textarea', label: 'Opis' },
    {
      type: 'row',
      fields: [
        { name: 'memberCount', type: 'number', label: 'Liczba członków', min: 0 },
        {
          name: 'memberCountDate',
          type: 'date',
          label: 'Stan na dzień',
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMMM yyyy' } },
        },
      ],
    },
    {
      name: 'seats',
      type: 'number',
      label: 'Liczba mandatów',
      min: 1,
      admin: { description: 'Dla rad: ustawowy skład; głosowania nie mogą go przekroczyć.' },
    },
    { name: 'website', type: 'text', label: 'Strona internetowa', validate: validateUrl },
    { name: 'logo', type: 'upload', relationTo: 'media', label: 'Logo' },
  ],
  hooks: {
    beforeChange: [slugHistory.beforeChange],
    afterChange: [slugHistory.afterChange, revalidateAfterChange, searchIndexHooks('organisations').afterChange],
    afterDelete: [revalidateAfterDelete, searchIndexHooks('organisations').afterDelete],
  },
}

function validateUrl(value: unknown) {
  if (value === null || value === undefined || value === '') return true
  return typeof value === 'string' && /^https?:\/\/[^\s]+$/.test(value)
    ? true
    : 'Podaj pełny adres zaczynający się od https://'
}
