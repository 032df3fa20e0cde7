import type { DateField } from 'payload'

/** Publication time; filled with the moment of publishing when left empty. */
export const publishedAtField: DateField = {
  name: 'publishedAt',
  type: 'date',
  label: 'Data publikacji',
  index: true,
  admin: {
    position: 'sidebar',
    date: { pickerAppearance: 'dayAndTime', displayFormat: 'd MMMM yyyy, HH:mm' },
    description: 'Pusta: uzupełni się chwilą publikacji.',
  },
  hooks: {
    beforeChange: [
      ({ value, siblingData }) =>
        !value && siblingData?._status === 'published' ? new Date().toISOString() : value,
    ],
  },
}
