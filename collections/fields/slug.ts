import type { CollectionSlug, PayloadRequest, TextField, Where } from 'payload'

import { SLUG_PATTERN, toSlug } from '../../lib/slug'

type SlugOptions = {
  from?: string
  reserved?: readonly string[]
  /** The document's public path for a slug: the field shows the resulting address. */
  publicPath?: (slug: string) => string
}

async function isTaken(req: PayloadRequest, collection: string, slug: string, ownId: unknown): Promise<boolean> {
  const where: Where = { slug: { equals: slug } }
  if (ownId !== undefined && ownId !== null) where.id = { not_equals: ownId }
  const { totalDocs } = await req.payload.count({
    collection: collection as CollectionSlug,
    where,
    req,
    overrideAccess: true,
  })
  return totalDocs > 0
}

/** The first free slug of base, base-2, base-3, … */
async function firstFreeSlug(req: PayloadRequest, collection: string, base: string, ownId: unknown) {
  for (let n = 1; n < 1000; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`
    if (!(await isTaken(req, collection, candidate, ownId))) return candidate
  }
  return base
}

/**
 * A unique, editable slug made from the title with Polish letters transliterated.
 * Payload's built-in slug formatter drops Polish letters, so it is not used.
 * A slug made from the title gets -2, -3… when taken; a typed one that is taken is refused.
 */
export function slugField({ from = 'title', reserved = [], publicPath }: SlugOptions = {}): TextField {
  return {
    name: 'slug',
    type: 'text',
    label: 'Adres (slug)',
    required: true,
    unique: true,
    index: true,
    admin: {
      position: 'sidebar',
      description: 'Tworzony z tytułu; można go zmienić. Tylko małe litery, cyfry i łączniki: inne znaki zamienimy od razu.',
      components: {
        Field: { path: '@/components/admin/SlugField.client#SlugField', clientProps: { pathPrefix: publicPath?.('') } },
      },
    },
    hooks: {
      beforeValidate: [
        async ({ value, data, originalDoc, req, collection }) => {
          const typed = typeof value === 'string' ? value.trim() : ''
          if (typed) return toSlug(typed)
          const source = data?.[from] ?? originalDoc?.[from]
          if (typeof source !== 'string' || !source.trim() || !collection) return value
          return firstFreeSlug(req, collection.slug, toSlug(source), originalDoc?.id)
        },
      ],
    },
    validate: async (value: unknown, { req, id, collectionSlug }) => {
      if (typeof value !== 'string' || value === '') return 'Podaj adres (slug) albo tytuł, z którego powstanie.'
      if (!SLUG_PATTERN.test(value)) return 'Adres może zawierać tylko małe litery (bez polskich znaków), cyfry i łączniki.'
      if (reserved.includes(value)) return `Adres „${value}” jest zarezerwowany dla innej części portalu.`
      if (collectionSlug && (await isTaken(req, collectionSlug, value, id))) {
        return `Adres „${value}” jest już zajęty przez inny dokument. Wybierz inny.`
      }
      return true
    },
  }
}
