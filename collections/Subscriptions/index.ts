import type { CollectionConfig } from 'payload'

import { adminsOnly, hiddenUnlessAdmin } from '../../access'
import { ALERT_KIND_LABELS } from '../../lib/alerts/topics'
import { forgetDeliveries } from './hooks/forgetDeliveries'

/**
 * E-mail alert subscribers: the address, what it follows and whether it was confirmed.
 * Nothing else about the person is kept. Only administrators read, change or delete
 * addresses (editors see counts on the dashboard); citizens act through /powiadomienia,
 * whose server code uses the local API.
 */
export const Subscriptions: CollectionConfig = {
  slug: 'subscriptions',
  labels: { singular: 'Subskrypcja powiadomień', plural: 'Subskrypcje powiadomień' },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'confirmedAt', 'news', 'sessions', 'votes'],
    group: 'Administracja',
    hidden: hiddenUnlessAdmin,
    description: 'Adresy osób, które zapisały się na powiadomienia e-mail (RODO: tylko administratorzy).',
  },
  // Not lockable: nobody edits these together, and a lockable collection adds a column to the
  // lock table that the sessions migration's data step (run before this schema) would query.
  lockDocuments: false,
  access: { read: adminsOnly, create: adminsOnly, update: adminsOnly, delete: adminsOnly },
  fields: [
    { name: 'email', type: 'email', label: 'Adres e-mail', required: true, unique: true, index: true },
    { name: 'news', type: 'checkbox', label: ALERT_KIND_LABELS.news, defaultValue: false, index: true },
    { name: 'categories', type: 'relationship', relationTo: 'categories', hasMany: true, label: 'Kategorie' },
    { name: 'sessions', type: 'checkbox', label: ALERT_KIND_LABELS.sessions, defaultValue: false, index: true },
    { name: 'votes', type: 'checkbox', label: ALERT_KIND_LABELS.votes, defaultValue: false, index: true },
    {
      name: 'confirmedAt',
      type: 'date',
      label: 'Potwierdzono',
      index: true,
      admin: { position: 'sidebar', readOnly: true, description: 'Puste: adres czeka na potwierdzenie z wiadomości.' },
    },
    // A hash of the confirmation link's token, never the token itself.
    { name: 'confirmationTokenHash', type: 'text', index: true, admin: { hidden: true } },
    { name: 'confirmationExpiresAt', type: 'date', label: 'Link potwierdzający ważny do', admin: { position: 'sidebar', readOnly: true } },
  ],
  hooks: { afterDelete: [forgetDeliveries] },
}
