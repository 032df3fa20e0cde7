import type { CollectionConfig } from 'payload'

import { adminsOnly, hiddenUnlessAdmin } from '../../access'
import { ALERT_KIND_LABELS, ALERT_KINDS } from '../../lib/alerts/topics'

/**
 * One record per publication that subscribers are told about. Its unique `key` (the
 * document, and for a session the state that changed) is what makes an alert go out once:
 * a second publish, an edit or a second instance finds the key taken and queues nothing.
 */
export const Alerts: CollectionConfig = {
  slug: 'alerts',
  labels: { singular: 'Powiadomienie e-mail', plural: 'Powiadomienia e-mail' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'createdAt'],
    group: 'Administracja',
    hidden: hiddenUnlessAdmin,
  },
  // Not lockable: nobody edits these together, and a lockable collection adds a column to the
  // lock table that the sessions migration's data step (run before this schema) would query.
  lockDocuments: false,
  access: { read: adminsOnly, create: adminsOnly, update: adminsOnly, delete: adminsOnly },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true, admin: { readOnly: true } },
    {
      name: 'kind',
      type: 'select',
      label: 'Rodzaj',
      required: true,
      options: ALERT_KINDS.map((value) => ({ value, label: ALERT_KIND_LABELS[value] })),
    },
    { name: 'title', type: 'text', label: 'Tytuł', required: true },
    { name: 'summary', type: 'textarea', label: 'Treść wiadomości' },
    { name: 'path', type: 'text', label: 'Adres na portalu', required: true },
    { name: 'categories', type: 'relationship', relationTo: 'categories', hasMany: true, label: 'Kategorie' },
  ],
}
