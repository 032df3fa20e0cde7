import type { Payload, PayloadRequest } from 'payload'

import type { Session, Vote } from '../../payload-types'

export type SessionConversion = { sessionsCreated: string[]; votesLinked: number }

type LegacyVote = Pick<Vote, 'id' | 'title' | 'sessionLabel' | 'organization' | 'startDate' | 'startDatePrecision'>

const idOf = (value: number | { id: number } | string | { id: string }) =>
  (typeof value === 'object' ? value.id : value) as number

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase('pl') + text.slice(1)

/**
 * Turns the free-text session of older votes ("sesja październikowa 2024") into session
 * records: one session per text and council, dated by its earliest vote, held, with the
 * votes as its agenda; each vote is then linked to it. The text stays in `sessionLabel`,
 * so nothing is lost; a vote already linked is left alone, so a second run changes nothing.
 * Runs in the SQLite migration that introduces sessions, and in `npm run seed` (MongoDB).
 */
export async function convertSessionLabels(payload: Payload, req: PayloadRequest): Promise<SessionConversion> {
  const { docs } = await payload.find({
    collection: 'votes',
    where: { and: [{ sessionLabel: { exists: true } }, { sessionLabel: { not_equals: '' } }, { session: { exists: false } }] },
    sort: ['startDate', 'id'],
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const legacy = (docs as LegacyVote[]).filter((v) => v.sessionLabel?.trim())
  const groups = new Map<string, LegacyVote[]>()
  for (const vote of legacy) {
    const key = `${idOf(vote.organization as number)}\u0000${vote.sessionLabel!.trim()}`
    groups.set(key, [...(groups.get(key) ?? []), vote])
  }

  const result: SessionConversion = { sessionsCreated: [], votesLinked: 0 }
  for (const votes of groups.values()) {
    const first = votes[0]
    const name = capitalise(first.sessionLabel!.trim())
    const body = idOf(first.organization as number)
    const existing = await payload.find({
      collection: 'sessions',
      where: { and: [{ name: { equals: name } }, { body: { equals: body } }] },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req,
    })
    let session: Session | undefined = existing.docs[0]
    if (!session) {
      session = await payload.create({
        collection: 'sessions',
        data: {
          name,
          body,
          startDate: first.startDate,
          startDatePrecision: votes.every((v) => v.startDatePrecision === 'day') ? 'day' : 'month',
          status: 'held',
          agenda: votes.map((v) => ({ title: v.title, vote: v.id })),
        } as never, // the slug is made from the name by its hook
        depth: 0,
        overrideAccess: true,
        req,
      })
      result.sessionsCreated.push(name)
    }
    for (const vote of votes) {
      await payload.update({
        collection: 'votes',
        id: vote.id,
        data: { session: session.id },
        depth: 0,
        overrideAccess: true,
        req,
      })
      result.votesLinked++
    }
  }
  return result
}
