import type { CollectionConfig } from 'payload'

import { adminsOnly, hiddenUnlessAdmin } from '../../access'
import { DELIVERY_STATUS_LABELS, DELIVERY_STATUSES } from '../../lib/alerts/deliveryStatus'

/**
 * One record per alert and subscriber, written before the message is handed to SMTP. Its
 * unique `key` (alert:subscription) lets only one sender, in any instance, claim a message;
 * a record left `sending` by a crash is never sent again (at most once).
 */
export const AlertDeliveries: CollectionConfig = {
  slug: 'alert-deliveries',
  labels: { singular: 'Wysyłka powiadomienia', plural: 'Wysyłki powiadomień' },
  admin: {
    useAsTitle: 'key',
    defaultColumns: ['key', 'status', 'attempts', 'updatedAt'],
    group: 'Administracja',
    hidden: hiddenUnlessAdmin,
  },
  // Not lockable: nobody edits these together, and a lockable collection adds a column to the
  // lock table that the sessions migration's data step (run before this schema) would query.
  lockDocuments: false,
  access: { read: adminsOnly, create: adminsOnly, update: adminsOnly, delete: adminsOnly },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true },
    { name: 'alert', type: 'relationship', relationTo: 'alerts', required: true, index: true },
    // The subscription's id as text, not a relationship: the address is deleted on unsubscribe.
    { name: 'subscription', type: 'text', required: true, index: true },
    {
      name: 'status',
      type: 'select',
      label: 'Stan',
      required: true,
      options: DELIVERY_STATUSES.map((value) => ({ value, label: DELIVERY_STATUS_LABELS[value] })),
    },
    { name: 'attempts', type: 'number', label: 'Próby', required: true, defaultValue: 0 },
    { name: 'lastError', type: 'text', label: 'Ostatni błąd' },
    { name: 'sentAt', type: 'date', label: 'Wysłano' },
  ],
}
