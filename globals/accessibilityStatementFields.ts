import type { Field } from 'payload'

import { STATEMENT_FACT_LABELS as LABEL } from '../lib/accessibility/statementFacts'
import { emailAddress, optionalField, phoneNumber } from '../lib/siteSettings/contactFields'

const day = { date: { pickerAppearance: 'dayOnly' as const, displayFormat: 'd MMMM yyyy' } }

type Siblings = { complianceStatus?: string | null; assessment?: string | null }

/**
 * The facts of the accessibility statement (ustawa z dnia 4 kwietnia 2019 r. o dostępności
 * cyfrowej, and the Minister's model statement). /deklaracja-dostepnosci is built from them;
 * a fact not yet given is said plainly there, and the dashboard lists it for the administrator.
 */
export const accessibilityStatementFields: Field = {
  name: 'accessibility',
  type: 'group',
  label: 'Deklaracja dostępności',
  admin: {
    description:
      'Fakty podawane w deklaracji dostępności (/deklaracja-dostepnosci). Czego tu brakuje, tego deklaracja nie podaje, a panel pokazuje to na liście braków.',
  },
  fields: [
    { type: 'row', fields: [
      { name: 'publishedOn', type: 'date', label: LABEL.publishedOn, admin: day },
      { name: 'lastMajorUpdateOn', type: 'date', label: LABEL.lastMajorUpdateOn, admin: day },
    ] },
    {
      name: 'complianceStatus',
      type: 'select',
      label: LABEL.complianceStatus,
      options: [
        { value: 'full', label: 'Zgodna' },
        { value: 'partial', label: 'Częściowo zgodna' },
        { value: 'none', label: 'Niezgodna' },
      ],
    },
    {
      name: 'nonCompliantContent',
      type: 'array',
      label: LABEL.nonCompliantContent,
      labels: { singular: 'Treść niedostępna', plural: 'Treści niedostępne' },
      admin: {
        description: 'Wymagane przy statusie „częściowo zgodna” i „niezgodna”.',
        condition: (_, siblings: Siblings) => siblings.complianceStatus === 'partial' || siblings.complianceStatus === 'none',
      },
      validate: (value: unknown, { siblingData }: { siblingData: Siblings }) =>
        (siblingData.complianceStatus === 'partial' || siblingData.complianceStatus === 'none') && !(Array.isArray(value) && value.length > 0)
          ? 'Przy statusie „częściowo zgodna” lub „niezgodna” wymień treści niedostępne.'
          : true,
      fields: [{ name: 'description', type: 'textarea', label: 'Opis treści i przyczyny', required: true }],
    },
    {
      name: 'exemptions',
      type: 'array',
      label: LABEL.exemptions,
      labels: { singular: 'Wyłączenie', plural: 'Wyłączenia' },
      fields: [{ name: 'description', type: 'textarea', label: 'Treść wyłączona i podstawa wyłączenia', required: true }],
    },
    { type: 'row', fields: [
      { name: 'preparedOn', type: 'date', label: LABEL.preparedOn, admin: day },
      { name: 'reviewedOn', type: 'date', label: LABEL.reviewedOn, admin: day },
    ] },
    {
      name: 'assessment',
      type: 'select',
      label: LABEL.assessment,
      options: [
        { value: 'self', label: 'Samoocena przeprowadzona przez urząd' },
        { value: 'external', label: 'Badanie przez podmiot zewnętrzny' },
      ],
    },
    {
      name: 'assessor',
      type: 'text',
      label: LABEL.assessor,
      admin: { condition: (_, siblings: Siblings) => siblings.assessment === 'external' },
      validate: (value: unknown, { siblingData }: { siblingData: Siblings }) =>
        siblingData.assessment === 'external' && !(typeof value === 'string' && value.trim())
          ? 'Podaj nazwę podmiotu, który zbadał stronę.'
          : true,
    },
    { name: 'coordinatorName', type: 'text', label: LABEL.coordinatorName },
    { type: 'row', fields: [
      { name: 'coordinatorEmail', type: 'text', label: LABEL.coordinatorEmail, validate: optionalField(emailAddress) },
      { name: 'coordinatorPhone', type: 'text', label: LABEL.coordinatorPhone, validate: optionalField(phoneNumber) },
    ] },
    {
      name: 'building',
      type: 'textarea',
      label: LABEL.building,
      admin: {
        description:
          'Wejścia i podjazdy, windy, toalety, miejsca parkingowe dla osób z niepełnosprawnościami, wejście z psem asystującym, pętle indukcyjne, tłumacz polskiego języka migowego. Akapity oddziel pustym wierszem.',
      },
    },
    { name: 'mobileApps', type: 'textarea', label: LABEL.mobileApps, admin: { description: 'Pozostaw puste, jeśli urząd nie ma aplikacji mobilnych.' } },
  ],
}
