import { cache } from 'react'

import type { Membership, Person, Vote } from '@/payload-types'

import { COUNCIL_CLASSIFICATIONS, isCouncilSeat } from '../councillors/councilSeat'
import { type RecordEntry, votingRecord } from '../councillors/votingRecord'
import { payloadClient } from '../payload'

export const COUNCILLORS_PER_PAGE = 50

export type Councillor = { person: Person; seats: Membership[] }

/** Every seat of a person in the council or its committees, with the person and the body populated. */
const councilSeats = cache(async (): Promise<Membership[]> => {
  const payload = await payloadClient()
  const bodies = await payload.find({
    collection: 'organisations',
    where: { classification: { in: [...COUNCIL_CLASSIFICATIONS] } },
    pagination: false,
    depth: 0,
    select: { name: true },
    overrideAccess: false,
  })
  if (bodies.docs.length === 0) return []
  const { docs } = await payload.find({
    collection: 'memberships',
    where: {
      and: [{ organization: { in: bodies.docs.map((b) => b.id) } }, { 'member.relationTo': { equals: 'people' } }],
    },
    sort: '-startDate',
    pagination: false,
    depth: 2,
    overrideAccess: false,
  })
  return docs.filter((m) => isCouncilSeat(m))
})

function groupByPerson(seats: Membership[]): Councillor[] {
  const people = new Map<string, Councillor>()
  for (const seat of seats) {
    const person = seat.member.value as Person
    if (typeof person !== 'object') continue
    const entry = people.get(String(person.id)) ?? { person, seats: [] }
    entry.seats.push(seat)
    people.set(String(person.id), entry)
  }
  return [...people.values()].sort((a, b) => a.person.name.localeCompare(b.person.name, 'pl'))
}

/** A page of councillors by name; null when the page does not exist. */
export const listCouncillors = cache(async (page: number, perPage = COUNCILLORS_PER_PAGE) => {
  const all = groupByPerson(await councilSeats())
  const totalPages = Math.max(1, Math.ceil(all.length / perPage))
  if (page > totalPages) return null
  return { docs: all.slice((page - 1) * perPage, page * perPage), page, totalPages }
})

/** A councillor by the person's slug; null for a person who never sat on the council. */
export const getCouncillor = cache(async (slug: string): Promise<Councillor | null> => {
  return groupByPerson(await councilSeats()).find((c) => c.person.slug === slug) ?? null
})

/** The councillor's record in the published votes of the bodies she sat on, newest first. */
export const councillorRecord = cache(async (councillor: Councillor): Promise<RecordEntry[]> => {
  const bodies = [...new Set(councillor.seats.map((s) => (typeof s.organization === 'object' ? s.organization.id : s.organization)))]
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'votes',
    where: { organization: { in: bodies }, _status: { equals: 'published' } },
    sort: '-startDate',
    pagination: false,
    depth: 0,
    overrideAccess: false,
  })
  return votingRecord(councillor.person.id, docs as Vote[], councillor.seats)
})
