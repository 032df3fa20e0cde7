import type { CollectionConfig } from 'payload'

import { anyone, editorsOnly } from '../../access'
import { paths } from '../../lib/routes'
import { slugField } from '../fields/slug'
import { revalidateAfterChange, revalidateAfterDelete } from '../hooks/revalidatePublicSite'
import { slugHistoryHooks } from '../hooks/slugHistory'

const slugHistory = slugHistoryHooks(paths.category)

export const Categories: CollectionConfig = {
  slug: 'categories',
  labels: { singular: 'Kategoria', plural: 'Kategorie' },
  admin: { useAsTitle: 'title', group: 'Treści' },
  access: { read: anyone, create: editorsOnly, update: editorsOnly, delete: editorsOnly },
  fields: [
    { name: 'title', type: 'text', label: 'Nazwa', required: true },
    slugField({ publicPath: paths.category }),
    { name: 'description', type: 'textarea', label: 'Opis' },
  ],
  hooks: {
    beforeChange: [slugHistory.beforeChange],
    afterChange: [slugHistory.afterChange, revalidateAfterChange],
    afterDelete: [revalidateAfterDelete],
  },
}
