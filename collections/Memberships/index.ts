import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { anyone, editorsOnly } from '../../access'
import { revalidateAfterChange, revalidateAfterDelete } from '../hooks/revalidatePublicSite'
import {
  syncPeopleAfterMembershipChange,
  syncPeopleAfterMembershipDelete,
} from '../SearchIndex/hooks/syncPeopleOfMembership'

const dayOnly = { date: { pickerAppearance: 'dayOnly' as const, displayFormat: 'd MMMM yyyy' } }

/** Title for the admin list, e.g. "Gmina Konstancin-Jeziorna → Związek Miast Polskich". */
const setTitle: CollectionBeforeChangeHook = async ({ data, req }) => {
  const nameOf = async (collection: 'organisations' | 'people', id: unknown) => {
    if (id === null || id === undefined) return '?'
    const key = typeof id === 'object' ? (id as { id: string | number }).id : (id as string | number)
    const doc = await req.payload.findByID({ collection, id: key, depth: 0, req, disableErrors: true })
    return doc?.name ?? '?'
  }
  const member = data.member as { relationTo?: 'organisations' | 'people'; value?: unknown } | undefined
  const memberName = member?.relationTo ? await nameOf(member.relationTo, member.value) : '?'
  const organisationName = await nameOf('organisations', data.organization)
  return { ...data, title: `${memberName} → ${organisationName}` }
}

/** A membership, in the Popolo sense: who belongs to which organisation, since when, on what grounds. */
export const Memberships: CollectionConfig = {
  slug: 'memberships',
  labels: { singular: 'Członkostwo', plural: 'Członkostwa' },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'startDate', 'role'], group: 'Samorząd' },
  access: { read: anyone, create: editorsOnly, update: editorsOnly, delete: editorsOnly },
  fields: [
    {
      name: 'title',
      type: 'text',
      label: 'Opis',
      admin: { readOnly: true, description: 'Tworzony automatycznie: członek → organizacja.' },
    },
    {
      name: 'member',
      type: 'relationship',
      relationTo: ['organisations', 'people'],
      label: 'Członek (organizacja lub osoba)',
      required: true,
    },
    {
      name: 'organization',
      type: 'relationship',
      relationTo: 'organisations',
      label: 'Organizacja',
      required: true,
    },
    { name: 'role', type: 'text', label: 'Rola', defaultValue: 'członek' },
    {
      type: 'row',
      fields: [
        { name: 'startDate', type: 'date', label: 'Od', admin: dayOnly },
        { name: 'endDate', type: 'date', label: 'Do', admin: dayOnly },
      ],
    },
    {
      name: 'decision',
      type: 'group',
      label: 'Decyzja o przyjęciu',
      fields: [
        { name: 'text', type: 'text', label: 'Decyzja', admin: { description: 'Np. uchwała zarządu związku' } },
        { name: 'date', type: 'date', label: 'Data decyzji', admin: dayOnly },
        {
          name: 'unanimity',
          type: 'select',
          label: 'Jednomyślność',
          defaultValue: 'unknown',
          options: [
            { label: 'Jednogłośnie', value: 'unanimous' },
            { label: 'Większością głosów', value: 'majority' },
            { label: 'Nie podano', value: 'unknown' },
          ],
        },
      ],
    },
    {
      name: 'vote',
      type: 'relationship',
      relationTo: 'votes',
      label: 'Głosowanie rady, na którym oparto przystąpienie',
    },
    {
      name: 'representative',
      type: 'relationship',
      relationTo: 'people',
      label: 'Przedstawiciel członka w organizacji',
    },
  ],
  hooks: {
    beforeChange: [setTitle],
    afterChange: [revalidateAfterChange, syncPeopleAfterMembershipChange],
    afterDelete: [revalidateAfterDelete, syncPeopleAfterMembershipDelete],
  },
}
