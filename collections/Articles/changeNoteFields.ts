import type { Field } from 'payload'

const noteDate = { date: { pickerAppearance: 'dayAndTime' as const, displayFormat: 'd MMMM yyyy, HH:mm' } }

/**
 * Corrections in the open: an editor ticks "substantive change" and writes a note before
 * publishing; recordChangeNote moves the note into changeNotes with the date and moves
 * contentModifiedAt. A minor edit (a typo) leaves both untouched.
 */
export const changeNoteFields: Field[] = [
  {
    name: 'substantiveChange',
    type: 'checkbox',
    label: 'Istotna zmiana treści',
    defaultValue: false,
    admin: {
      position: 'sidebar',
      description:
        'Zaznacz przy poprawce lub uzupełnieniu ważnym dla czytelnika. Przy publikacji artykuł pokaże notę z datą. Literówek nie oznaczaj.',
      components: { afterInput: ['@/components/admin/ReloadAfterRefusedPublish.client#ReloadAfterRefusedPublish'] },
    },
  },
  {
    name: 'changeNote',
    type: 'textarea',
    label: 'Nota o zmianie (dla czytelników)',
    maxLength: 300,
    admin: {
      position: 'sidebar',
      condition: (_, siblingData) => Boolean(siblingData?.substantiveChange),
      description: 'Np. „Poprawiliśmy datę sesji rady”.',
      components: {
        afterInput: ['@/components/admin/ChangeNoteReminder.client#ChangeNoteReminder'],
      },
    },
    validate: (value: unknown, { siblingData }: { siblingData: Partial<{ substantiveChange: boolean }> }) =>
      siblingData?.substantiveChange && !(typeof value === 'string' && value.trim())
        ? 'Opisz krótko, co się zmieniło: ta nota pojawi się pod tytułem artykułu.'
        : true,
  },
  {
    name: 'changeNotes',
    type: 'array',
    label: 'Opublikowane noty o zmianach',
    labels: { singular: 'Nota', plural: 'Noty' },
    admin: { readOnly: true, initCollapsed: true },
    fields: [
      { name: 'date', type: 'date', label: 'Data zmiany', required: true, admin: noteDate },
      { name: 'note', type: 'textarea', label: 'Nota', required: true },
    ],
  },
  {
    name: 'contentModifiedAt',
    type: 'date',
    label: 'Ostatnia istotna zmiana',
    index: true,
    admin: {
      position: 'sidebar',
      readOnly: true,
      date: noteDate.date,
      description: 'Czas pokazywany czytelnikom i wyszukiwarkom jako data aktualizacji.',
    },
  },
]
