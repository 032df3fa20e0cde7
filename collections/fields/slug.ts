import type { TextField } from 'payload'

import { SLUG_PATTERN, toSlug } from '../../lib/slug'

type SlugOptions = { from?: string; reserved?: readonly string[] }

/**
 * A unique, editable slug made from the title with Polish letters transliterated.
 * Payload's built-in slug formatter drops Polish letters, so it is not used.
 */
export function slugField({ from = 'title', reserved = [] }: SlugOptions = {}): TextField {
  return {
    name: 'slug',
    type: 'text',
    label: 'Adres (slug)',
    required: true,
    unique: true,
    index: true,
    admin: {
      position: 'sidebar',
      description: 'Tworzony z tytułu; można go zmienić. Tylko małe litery, cyfry i łączniki.',
    },
    hooks: {
      beforeValidate: [
        ({ value, data, originalDoc }) => {
          const typed = typeof value === 'string' ? value.trim() : ''
          const source = typed || data?.[from] || originalDoc?.[from]
          return typeof source === 'string' && source.trim() ? toSlug(source) : value
        },
      ],
    },
    validate: (value: unknown) => {
      if (typeof value !== 'string' || value === '') return 'Podaj adres (slug) albo tytuł, z którego powstanie.'
      if (!SLUG_PATTERN.test(value)) return 'Adres może zawierać tylko małe litery (bez polskich znaków), cyfry i łączniki.'
      if (reserved.includes(value)) return `Adres „${value}” jest zarezerwowany dla innej części portalu.`
      return true
    },
  }
}
