import type { CollectionConfig } from 'payload'

import { createContent, editorsOnly, readContent, readContentVersions, updateContent } from '../../access'
import { paths, RESERVED_TOP_LEVEL_PATHS } from '../../lib/routes'
import { createdByField } from '../fields/createdBy'
import { seoField } from '../fields/seo'
import { slugField } from '../fields/slug'
import { revalidateAfterChange, revalidateAfterDelete } from '../hooks/revalidatePublicSite'
import { searchIndexHooks } from '../SearchIndex/hooks/syncSearchEntry'
import { slugHistoryHooks } from '../hooks/slugHistory'
import { removeAbandonedDraftsOnCreate } from '../hooks/removeAbandonedDrafts'

const slugHistory = slugHistoryHooks(paths.page)

/** Static pages at /[slug], e.g. the accessibility statement. */
export const Pages: CollectionConfig = {
  slug: 'pages',
  labels: { singular: 'Strona', plural: 'Strony' },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'slug', '_status', 'updatedAt'], group: 'Treści' },
  access: {
    read: readContent,
    readVersions: readContentVersions,
    create: createContent,
    update: updateContent,
    delete: editorsOnly,
  },
  versions: { drafts: { autosave: { interval: 2000 }, schedulePublish: true }, maxPerDoc: 50 },
  fields: [
    { name: 'title', type: 'text', label: 'Tytuł', required: true },
    slugField({ reserved: RESERVED_TOP_LEVEL_PATHS, publicPath: paths.page }),
    { name: 'body', type: 'richText', label: 'Treść' },
    seoField,
    createdByField,
  ],
  hooks: {
    beforeChange: [slugHistory.beforeChange],
    afterChange: [slugHistory.afterChange, revalidateAfterChange, searchIndexHooks('pages').afterChange],
    afterDelete: [revalidateAfterDelete, searchIndexHooks('pages').afterDelete],
    afterOperation: [removeAbandonedDraftsOnCreate],
  },
}
