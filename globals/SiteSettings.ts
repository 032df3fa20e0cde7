import type { GlobalConfig } from 'payload'

import { adminsOnly, anyone, hiddenUnlessAdmin } from '../access'
import { revalidateAfterGlobalChange } from '../collections/hooks/revalidatePublicSite'
import { isSafeHref, UNSAFE_LINK_MESSAGE } from '../lib/richText/safeHref'

export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: 'Ustawienia portalu',
  admin: { group: 'Administracja', hidden: hiddenUnlessAdmin },
  access: { read: anyone, update: adminsOnly },
  fields: [
    { name: 'siteName', type: 'text', label: 'Nazwa portalu', required: true, defaultValue: 'Konstancin-Jeziorna' },
    {
      name: 'municipality',
      type: 'text',
      label: 'Nazwa gminy',
      required: true,
      defaultValue: 'Gmina Konstancin-Jeziorna',
    },
    { name: 'tagline', type: 'text', label: 'Podtytuł', defaultValue: 'Aktualności i decyzje samorządu' },
    {
      name: 'contact',
      type: 'group',
      label: 'Kontakt',
      fields: [
        { name: 'address', type: 'textarea', label: 'Adres' },
        { name: 'email', type: 'email', label: 'E-mail' },
        { name: 'phone', type: 'text', label: 'Telefon' },
      ],
    },
    {
      name: 'footerLinks',
      type: 'array',
      label: 'Odnośniki w stopce',
      labels: { singular: 'Odnośnik', plural: 'Odnośniki' },
      fields: [
        { name: 'label', type: 'text', label: 'Tekst', required: true },
        {
          name: 'url',
          type: 'text',
          label: 'Adres',
          required: true,
          validate: (value: unknown) => (typeof value === 'string' && isSafeHref(value) ? true : UNSAFE_LINK_MESSAGE),
        },
      ],
    },
  ],
  hooks: { afterChange: [revalidateAfterGlobalChange] },
}
