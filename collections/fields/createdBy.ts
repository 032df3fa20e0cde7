import type { RelationshipField } from 'payload'

import { signedInFieldOnly } from '../../access'

/** Who created the document: set once on create, used to give authors their own drafts. */
export const createdByField: RelationshipField = {
  name: 'createdBy',
  type: 'relationship',
  relationTo: 'users',
  label: 'Utworzył(a)',
  index: true,
  access: { read: signedInFieldOnly, update: () => false },
  admin: { position: 'sidebar', readOnly: true },
  hooks: {
    beforeChange: [
      ({ operation, value, req }) => (operation === 'create' && req.user ? req.user.id : value),
    ],
  },
}
