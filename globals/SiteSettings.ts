import type { GlobalConfig } from 'payload'

import { adminsOnly, anyone, hiddenUnlessAdmin } from '../access'
import { revalidateAfterGlobalChange } from '../collections/hooks/revalidatePublicSite'
import { isSafeHref, UNSAFE_LINK_MESSAGE } from '../lib/richText/safeHref'
import { emailAddress, httpsAddress, optionalField, phoneNumber, postalCode } from '../lib/siteSettings/contactFields'
import { accessibilityStatementFields } from './accessibilityStatementFields'

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
      name: 'office',
      type: 'group',
      label: 'Urząd: dane kontaktowe w stopce',
      admin: { description: 'Pokazywane w stopce każdej strony i w deklaracji dostępności; pole puste nie jest pokazywane.' },
      fields: [
        { name: 'name', type: 'text', label: 'Nazwa urzędu' },
        { name: 'street', type: 'text', label: 'Ulica i numer' },
        { type: 'row', fields: [
          { name: 'postalCode', type: 'text', label: 'Kod pocztowy', validate: optionalField(postalCode) },
          { name: 'town', type: 'text', label: 'Miejscowość' },
        ] },
        { name: 'phone', type: 'text', label: 'Telefon', validate: optionalField(phoneNumber) },
        { name: 'email', type: 'text', label: 'E-mail', validate: optionalField(emailAddress) },
        {
          name: 'bipUrl',
          type: 'text',
          label: 'Adres Biuletynu Informacji Publicznej (BIP)',
          validate: optionalField(httpsAddress),
        },
      ],
    },
    accessibilityStatementFields,
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
