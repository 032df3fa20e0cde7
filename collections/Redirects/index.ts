import type { CollectionConfig, FieldHook, TextFieldSingleValidation } from 'payload'

import { anyone, editorsOnly } from '../../access'
import { fromPathProblem, normalisePath, pathProblem } from '../../lib/redirects/redirectPath'
import { redirectsChanged } from '../../lib/redirects/redirectsChanged'
import { markChangedHooks } from '../hooks/markChanged'
import { revalidateAfterChange, revalidateAfterDelete } from '../hooks/revalidatePublicSite'
import { loopThrough } from './loopThrough'

const markRedirectsChanged = markChangedHooks(redirectsChanged)

const normaliseValue: FieldHook = ({ value }) => (typeof value === 'string' ? normalisePath(value) : value)

const validateFrom: TextFieldSingleValidation = (value) => fromPathProblem(value) ?? true

const validateTo: TextFieldSingleValidation = async (value, { data, id, req }) => {
  const problem = pathProblem(value)
  if (problem) return problem
  const from = (data as { from?: unknown }).from
  if (typeof from !== 'string' || typeof value !== 'string') return true
  const loop = await loopThrough(req, from, value, id)
  return loop ? `To przekierowanie tworzyłoby pętlę: ${loop.join(' → ')}.` : true
}

/**
 * Old paths answered with a permanent redirect: the old site's URLs (added by editors)
 * and the earlier slugs of documents (added by the slug-history hooks). The proxy
 * collapses chains, so A→B→C answers A with C in one hop.
 */
export const Redirects: CollectionConfig = {
  slug: 'redirects',
  labels: { singular: 'Przekierowanie', plural: 'Przekierowania' },
  admin: {
    useAsTitle: 'from',
    defaultColumns: ['from', 'to', 'updatedAt'],
    group: 'Administracja',
    description:
      'Stare adresy, które prowadzą (przekierowaniem stałym 308) do nowych. Zmiana adresu (slugu) opublikowanej treści dodaje przekierowanie sama.',
  },
  access: { read: anyone, create: editorsOnly, update: editorsOnly, delete: editorsOnly },
  fields: [
    {
      name: 'from',
      type: 'text',
      label: 'Stary adres',
      required: true,
      unique: true,
      index: true,
      validate: validateFrom,
      hooks: { beforeValidate: [normaliseValue] },
      admin: { description: 'Ścieżka w tym portalu, np. /news/stary-artykul.' },
    },
    {
      name: 'to',
      type: 'text',
      label: 'Nowy adres',
      required: true,
      index: true,
      validate: validateTo,
      hooks: { beforeValidate: [normaliseValue] },
      admin: { description: 'Ścieżka w tym portalu, np. /aktualnosci/nowy-artykul.' },
    },
  ],
  hooks: {
    afterChange: [markRedirectsChanged.afterChange, revalidateAfterChange],
    afterDelete: [markRedirectsChanged.afterDelete, revalidateAfterDelete],
  },
}
