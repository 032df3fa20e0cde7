import type { CollectionConfig, Validate } from 'payload'

import { anyone, editorsOnly } from '../../access'
import { SESSION_DOCUMENT_KIND_LABELS, SESSION_DOCUMENT_KINDS } from '../../lib/sessions/documentKinds'
import { checkResolutionNumber, RESOLUTION_NUMBER_HINT } from '../../lib/sessions/resolutionNumber'
import {
  SESSION_DATE_PRECISION_LABELS,
  SESSION_DATE_PRECISIONS,
  SESSION_STATUS_LABELS,
  SESSION_STATUSES,
} from '../../lib/sessions/status'
import { checkWebAddress } from '../../lib/sessions/urls'
import { alertOnSessionChange } from '../../lib/alerts/publications'
import { slugField } from '../fields/slug'
import { revalidateAfterChange, revalidateAfterDelete } from '../hooks/revalidatePublicSite'
import { searchIndexHooks } from '../SearchIndex/hooks/syncSearchEntry'

const validateWebAddress: Validate = (value) => checkWebAddress(value) ?? true
const validateResolutionNumber: Validate = (value) => checkResolutionNumber(value) ?? true

/** A sitting of the council or of one of its committees (Popolo / Open Civic Data: Event). */
export const Sessions: CollectionConfig = {
  slug: 'sessions',
  labels: { singular: 'Sesja', plural: 'Sesje' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'startDate', 'status', 'body'],
    group: 'Samorząd',
    description: 'Sesje rady i posiedzenia komisji: porządek obrad, uchwały, dokumenty, nagranie.',
  },
  access: { read: anyone, create: editorsOnly, update: editorsOnly, delete: editorsOnly },
  defaultSort: '-startDate',
  fields: [
    {
      name: 'name',
      type: 'text',
      label: 'Nazwa sesji',
      required: true,
      admin: { description: 'Np. „LXX sesja Rady Miejskiej Konstancin-Jeziorna”.' },
    },
    slugField({ from: 'name' }),
    {
      type: 'row',
      fields: [
        {
          name: 'number',
          type: 'text',
          label: 'Numer sesji',
          admin: { description: 'Rzymskimi cyframi, np. LXX.' },
          validate: (value: unknown) =>
            !value || (typeof value === 'string' && /^[IVXLCDM]{1,10}$/.test(value.trim()))
              ? true
              : 'Numer sesji zapisz cyframi rzymskimi, np. LXX.',
        },
        {
          name: 'body',
          type: 'relationship',
          relationTo: 'organisations',
          label: 'Organ (rada lub komisja)',
          required: true,
          filterOptions: { classification: { in: ['council', 'committee'] } },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'startDate',
          type: 'date',
          label: 'Początek',
          required: true,
          admin: {
            date: { pickerAppearance: 'dayAndTime', displayFormat: 'd MMMM yyyy, HH:mm', timeFormat: 'HH:mm' },
            description: 'Czas warszawski.',
          },
        },
        {
          name: 'startDatePrecision',
          type: 'select',
          label: 'Dokładność daty',
          required: true,
          defaultValue: 'time',
          options: SESSION_DATE_PRECISIONS.map((value) => ({ value, label: SESSION_DATE_PRECISION_LABELS[value] })),
        },
      ],
    },
    { name: 'place', type: 'text', label: 'Miejsce', admin: { description: 'Np. sala konferencyjna Urzędu Miasta i Gminy.' } },
    {
      name: 'status',
      type: 'select',
      label: 'Stan',
      required: true,
      defaultValue: 'planned',
      options: SESSION_STATUSES.map((value) => ({ value, label: SESSION_STATUS_LABELS[value] })),
      admin: { position: 'sidebar' },
    },
    {
      name: 'agenda',
      type: 'array',
      label: 'Porządek obrad',
      labels: { singular: 'Punkt porządku obrad', plural: 'Punkty porządku obrad' },
      admin: { description: 'Punkty w kolejności obrad; kolejność zmienia się przeciągając.' },
      fields: [
        { name: 'title', type: 'text', label: 'Tytuł punktu', required: true },
        { name: 'description', type: 'textarea', label: 'Opis' },
        {
          type: 'row',
          fields: [
            { name: 'vote', type: 'relationship', relationTo: 'votes', label: 'Głosowanie w tym punkcie' },
            {
              name: 'resolutionNumber',
              type: 'text',
              label: 'Numer podjętej uchwały',
              admin: { description: `Tak jak zapisuje go rada: ${RESOLUTION_NUMBER_HINT}.` },
              validate: validateResolutionNumber,
            },
          ],
        },
        {
          name: 'documents',
          type: 'array',
          label: 'Dokumenty (PDF)',
          labels: { singular: 'Dokument', plural: 'Dokumenty' },
          fields: [
            {
              type: 'row',
              fields: [
                {
                  name: 'kind',
                  type: 'select',
                  label: 'Rodzaj',
                  required: true,
                  defaultValue: 'resolution',
                  options: SESSION_DOCUMENT_KINDS.map((value) => ({ value, label: SESSION_DOCUMENT_KIND_LABELS[value] })),
                },
                { name: 'file', type: 'upload', relationTo: 'session-documents', label: 'Plik PDF', required: true },
              ],
            },
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'recordingUrl', type: 'text', label: 'Nagranie (adres)', validate: validateWebAddress },
        { name: 'livestreamUrl', type: 'text', label: 'Transmisja na żywo (adres)', validate: validateWebAddress },
      ],
    },
    {
      name: 'minutes',
      type: 'textarea',
      label: 'Przebieg sesji (skrót protokołu)',
      admin: { description: 'Krótko: kto prowadził, co ustalono. Pełny protokół dołącz jako dokument PDF.' },
    },
    { name: 'minutesDocument', type: 'upload', relationTo: 'session-documents', label: 'Protokół sesji (PDF)' },
  ],
  hooks: {
    afterChange: [revalidateAfterChange, searchIndexHooks('sessions').afterChange, alertOnSessionChange],
    afterDelete: [revalidateAfterDelete, searchIndexHooks('sessions').afterDelete],
  },
}
