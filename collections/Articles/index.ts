import type { CollectionConfig } from 'payload'

import { createContent, editorsOnly, readContent, readContentVersions, updateContent } from '../../access'
import { paths } from '../../lib/routes'
import { createdByField } from '../fields/createdBy'
import { publishedAtField } from '../fields/publishedAt'
import { seoField } from '../fields/seo'
import { alertOnArticlePublish } from '../../lib/alerts/publications'
import { slugField } from '../fields/slug'
import { revalidateAfterChange, revalidateAfterDelete } from '../hooks/revalidatePublicSite'
import { searchIndexHooks } from '../SearchIndex/hooks/syncSearchEntry'
import { slugHistoryHooks } from '../hooks/slugHistory'
import { removeAbandonedDraftsOnCreate } from '../hooks/removeAbandonedDrafts'
import { changeNoteFields } from './changeNoteFields'
import { keepDraftWhenNoteMissing } from './hooks/keepDraftWhenNoteMissing'
import { keepPublishedChangeNotes } from './hooks/keepPublishedChangeNotes'
import { recordChangeNote } from './hooks/recordChangeNote'

const slugHistory = slugHistoryHooks(paths.article)

export const Articles: CollectionConfig = {
  slug: 'articles',
  labels: { singular: 'Artykuł', plural: 'Artykuły' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'publishedAt', '_status', 'updatedAt'],
    group: 'Treści',
    description: 'Aktualności publikowane w dziale „Aktualności”.',
    preview: (doc) => paths.preview('articles', doc.id as number | string),
    components: { edit: { PreviewButton: '@/components/admin/PreviewLink.client#PreviewLink' } },
  },
  access: {
    read: readContent,
    readVersions: readContentVersions,
    create: createContent,
    update: updateContent,
    delete: editorsOnly,
  },
  versions: {
    drafts: { autosave: { interval: 2000, showSaveDraftButton: true }, schedulePublish: { timeIntervals: 1, timeFormat: 'HH:mm' } },
    maxPerDoc: 100,
  },
  defaultSort: '-publishedAt',
  fields: [
    { name: 'title', type: 'text', label: 'Tytuł', required: true, maxLength: 200 },
    {
      name: 'lead',
      type: 'textarea',
      label: 'Wstęp (lead)',
      required: true,
      maxLength: 1000,
      admin: { description: 'Pierwszy akapit: pokazywany pod tytułem, w listach i przy udostępnianiu.' },
    },
    { name: 'body', type: 'richText', label: 'Treść' },
    { name: 'heroImage', type: 'upload', relationTo: 'media', label: 'Zdjęcie główne' },
    {
      name: 'author',
      type: 'text',
      label: 'Autor (osoba lub wydział)',
      admin: { position: 'sidebar' },
    },
    publishedAtField,
    slugField({ publicPath: paths.article }),
    {
      name: 'categories',
      type: 'relationship',
      relationTo: 'categories',
      hasMany: true,
      label: 'Kategorie',
      admin: { position: 'sidebar' },
    },
    {
      name: 'relatedVotes',
      type: 'relationship',
      relationTo: 'votes',
      hasMany: true,
      label: 'Powiązane głosowania rady',
      admin: { components: { afterInput: ['@/components/admin/RelatedVoteDrafts.client#RelatedVoteDrafts'] } },
    },
    {
      name: 'relatedOrganisations',
      type: 'relationship',
      relationTo: 'organisations',
      hasMany: true,
      label: 'Powiązane organizacje',
    },
    seoField,
    ...changeNoteFields,
    createdByField,
  ],
  hooks: {
    beforeChange: [recordChangeNote, keepPublishedChangeNotes, slugHistory.beforeChange],
    afterChange: [slugHistory.afterChange, revalidateAfterChange, searchIndexHooks('articles').afterChange, alertOnArticlePublish],
    afterDelete: [revalidateAfterDelete, searchIndexHooks('articles').afterDelete],
    afterError: [keepDraftWhenNoteMissing],
    afterOperation: [removeAbandonedDraftsOnCreate],
  },
}
