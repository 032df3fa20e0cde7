import type { CollectionConfig, NumberField, Validate } from 'payload'

import { createContent, editorsOnly, readContent, readContentVersions, updateContent } from '../../access'
import { createdByField } from '../fields/createdBy'
import { checkCount, checkRollCall, checkSeats, countsFrom } from '../../lib/votes/checkVote'
import { MAJORITY_RULE_LABELS, MAJORITY_RULES, VOTE_RESULT_LABELS } from '../../lib/votes/majority'
import { ROLL_CALL_LABELS, VOTE_OPTION_LABELS, VOTE_OPTIONS, type VoteOption } from '../../lib/votes/options'
import { paths } from '../../lib/routes'
import { checkWebAddress } from '../../lib/sessions/urls'
import { alertOnVotePublish } from '../../lib/alerts/publications'
import { slugField } from '../fields/slug'
import { revalidateAfterChange, revalidateAfterDelete } from '../hooks/revalidatePublicSite'
import { searchIndexHooks } from '../SearchIndex/hooks/syncSearchEntry'
import { slugHistoryHooks } from '../hooks/slugHistory'
import { councilSeats, votingBody } from './hooks/councilSeats'
import { checkVotingBody, VOTING_BODY_CLASSIFICATIONS } from '../../lib/votes/votingBody'
import { deriveVoteResult } from './hooks/deriveVoteResult'

const validateCount: Validate = (value) => checkCount(value) ?? true

/**
 * The four counts together must fit in the body's seats: checked on the group, so the message
 * belongs to all of them (shown by CountsTotal at the top of the group), not to one count.
 * The collection validates drafts too (versions.drafts.validate), so a draft is checked as well.
 */
const validateCountsAgainstSeats: Validate = async (value, { data, req }) => {
  const seats = await councilSeats(req, (data as { organization?: unknown }).organization)
  return checkSeats(countsFrom(value as object | null), seats) ?? true
}

/** Only a council or a committee, with its seats known, votes on resolutions. */
const validateVotingBody: Validate = async (value, { req }) => {
  if (value === null || value === undefined || value === '') return 'Wybierz radę lub komisję rady, która głosowała.'
  return checkVotingBody(await votingBody(req, value)) ?? true
}

const validateRollCall: Validate = (value, { data }) =>
  checkRollCall(value as { option?: VoteOption }[] | null, countsFrom((data as { counts?: object }).counts)) ?? true

const countField = (option: VoteOption): NumberField => ({
  name: option,
  type: 'number',
  label: VOTE_OPTION_LABELS[option],
  required: true,
  defaultValue: 0,
  min: 0,
  admin: { step: 1 },
  validate: validateCount,
})


const slugHistory = slugHistoryHooks(paths.vote)

/** A council vote event (Popolo: VoteEvent); its result is derived, never typed. */
export const Votes: CollectionConfig = {
  slug: 'votes',
  labels: { singular: 'Głosowanie rady', plural: 'Głosowania rady' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'startDate', 'result', '_status'],
    group: 'Samorząd',
  },
  access: {
    read: readContent,
    readVersions: readContentVersions,
    create: createContent,
    update: updateContent,
    delete: editorsOnly,
  },
  versions: { drafts: { validate: true, schedulePublish: true }, maxPerDoc: 50 },
  defaultSort: '-startDate',
  fields: [
    { name: 'title', type: 'text', label: 'Tytuł głosowania', required: true },
    slugField({ publicPath: paths.vote }),
    {
      name: 'organization',
      type: 'relationship',
      relationTo: 'organisations',
      label: 'Organ głosujący (rada lub komisja)',
      required: true,
      filterOptions: { classification: { in: [...VOTING_BODY_CLASSIFICATIONS] } },
      validate: validateVotingBody,
    },
    {
      name: 'session',
      type: 'relationship',
      relationTo: 'sessions',
      label: 'Sesja',
      admin: { description: 'Sesja rady, na której głosowano.' },
    },
    {
      name: 'sessionLabel',
      type: 'text',
      label: 'Sesja (dawny opis tekstowy)',
      admin: {
        readOnly: true,
        description: 'Opis sesji sprzed wprowadzenia kolekcji Sesje; zachowany dla porządku, sesję wskazuje pole „Sesja”.',
        condition: (data) => Boolean(data?.sessionLabel),
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'startDate',
          type: 'date',
          label: 'Data głosowania',
          required: true,
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMMM yyyy' } },
        },
        {
          name: 'startDatePrecision',
          type: 'select',
          label: 'Dokładność daty',
          required: true,
          defaultValue: 'day',
          options: [
            { label: 'Znany dzień', value: 'day' },
            { label: 'Znany tylko miesiąc', value: 'month' },
          ],
        },
      ],
    },
    { name: 'motion', type: 'textarea', label: 'Przedmiot głosowania (wniosek)', required: true },
    {
      name: 'counts',
      type: 'group',
      label: 'Liczba głosów',
      admin: { description: 'Liczby całkowite, łącznie nie więcej niż liczba mandatów rady.' },
      validate: validateCountsAgainstSeats,
      fields: [
        {
          name: 'total',
          type: 'ui',
          admin: { components: { Field: '@/components/admin/VoteCountsTotal.client#VoteCountsTotal' } },
        },
        { type: 'row', fields: VOTE_OPTIONS.map(countField) },
      ],
    },
    {
      name: 'majorityRule',
      type: 'select',
      label: 'Wymagana większość',
      required: true,
      defaultValue: 'simple',
      options: MAJORITY_RULES.map((value) => ({ value, label: MAJORITY_RULE_LABELS[value] })),
    },
    {
      name: 'result',
      type: 'select',
      label: 'Wynik (wyliczany z liczby głosów)',
      options: [
        { value: 'pass', label: VOTE_RESULT_LABELS.pass },
        { value: 'fail', label: VOTE_RESULT_LABELS.fail },
      ],
      admin: {
        readOnly: true,
        position: 'sidebar',
        components: { Field: '@/components/admin/VoteResultField.client#VoteResultField' },
      },
    },
    {
      name: 'rollCall',
      type: 'array',
      label: 'Imienny wykaz głosowania',
      labels: { singular: 'Głos radnego', plural: 'Głosy radnych' },
      admin: { description: 'Opcjonalny; gdy jest wypełniony, musi zgadzać się z liczbą głosów.' },
      validate: validateRollCall,
      fields: [
        { name: 'voter', type: 'relationship', relationTo: 'people', label: 'Radny', required: true },
        {
          name: 'option',
          type: 'select',
          label: 'Głos',
          required: true,
          options: VOTE_OPTIONS.map((value) => ({ value, label: ROLL_CALL_LABELS[value] })),
        },
      ],
    },
    {
      name: 'recordingUrl',
      type: 'text',
      label: 'Nagranie sesji (adres)',
      validate: (value: unknown) => checkWebAddress(value) ?? true,
    },
    {
      name: 'documents',
      type: 'array',
      label: 'Dokumenty (uchwała, protokół)',
      labels: { singular: 'Dokument', plural: 'Dokumenty' },
      fields: [
        { name: 'label', type: 'text', label: 'Nazwa', required: true },
        {
          name: 'url',
          type: 'text',
          label: 'Adres',
          required: true,
          validate: (value: unknown) =>
            typeof value === 'string' && /^(https?:\/\/|\/)\S+$/.test(value)
              ? true
              : 'Podaj adres dokumentu (https://… lub /…).',
        },
      ],
    },
    createdByField,
  ],
  hooks: {
    beforeChange: [deriveVoteResult, slugHistory.beforeChange],
    afterChange: [slugHistory.afterChange, revalidateAfterChange, searchIndexHooks('votes').afterChange, alertOnVotePublish],
    afterDelete: [revalidateAfterDelete, searchIndexHooks('votes').afterDelete],
  },
}
