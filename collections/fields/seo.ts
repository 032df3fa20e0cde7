import type { GroupField } from 'payload'

export const seoField: GroupField = {
  name: 'meta',
  type: 'group',
  label: 'Wyszukiwarki i udostępnianie',
  admin: { description: 'Puste pola: użyty zostanie tytuł i lead.' },
  fields: [
    { name: 'title', type: 'text', label: 'Tytuł dla wyszukiwarek', maxLength: 70 },
    { name: 'description', type: 'textarea', label: 'Opis dla wyszukiwarek', maxLength: 200 },
  ],
}
