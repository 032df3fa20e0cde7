import type { CollectionConfig } from 'payload'

import { anyone } from '../../access'
import { SEARCH_KIND_LABELS, SEARCH_KINDS } from '../../lib/search/kinds'
import { searchIndexChanged } from '../../lib/search/searchIndexChanged'
import { markChangedHooks } from '../hooks/markChanged'

const nobody = () => false
const markSearchChanged = markChangedHooks(searchIndexChanged)

/**
 * One entry per published document the public can find: its title and text folded for
 * matching (lower case, no diacritics), plus what a result shows. Kept by the hooks in
 * ./hooks/syncSearchEntry.ts; nobody edits it by hand.
 */
export const SearchIndex: CollectionConfig = {
  slug: 'search-index',
  labels: { singular: 'Wpis wyszukiwarki', plural: 'Indeks wyszukiwarki' },
  admin: { hidden: true, useAsTitle: 'title' },
  access: { read: anyone, create: nobody, update: nobody, delete: nobody },
  fields: [
    {
      name: 'source',
      type: 'text',
      label: 'Dokument źródłowy',
      required: true,
      unique: true,
      index: true,
      admin: { description: 'Kolekcja i identyfikator, np. articles:12.' },
    },
    {
      name: 'kind',
      type: 'select',
      label: 'Rodzaj',
      required: true,
      options: SEARCH_KINDS.map((value) => ({ value, label: SEARCH_KIND_LABELS[value] })),
    },
    { name: 'title', type: 'text', label: 'Tytuł', required: true },
    { name: 'path', type: 'text', label: 'Adres' },
    { name: 'date', type: 'date', label: 'Data' },
    { name: 'text', type: 'textarea', label: 'Tekst (do fragmentów w wynikach)' },
    { name: 'searchTitle', type: 'text', label: 'Tytuł do wyszukiwania', index: true },
    { name: 'searchText', type: 'textarea', label: 'Tekst do wyszukiwania' },
  ],
  // Cached search results and pages are dropped as soon as the index changes.
  hooks: { afterChange: [markSearchChanged.afterChange], afterDelete: [markSearchChanged.afterDelete] },
}
