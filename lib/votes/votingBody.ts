import { classificationLabel } from '../../collections/Organisations/classifications'

/** Organisations whose members vote on resolutions: a council and its committees. */
export const VOTING_BODY_CLASSIFICATIONS = ['council', 'committee'] as const

export type VotingBody = { name?: string | null; classification?: string | null; seats?: number | null }

/** Polish message when the organisation cannot be the body of a recorded vote, else null. */
export function checkVotingBody(body: VotingBody | null): string | null {
  if (!body) return 'Wybierz radę lub komisję rady, która głosowała.'
  const name = body.name ? `„${body.name}”` : 'Wybrana organizacja'
  if (!(VOTING_BODY_CLASSIFICATIONS as readonly (string | null | undefined)[]).includes(body.classification)) {
    const kind =
      body.classification === 'other' || !body.classification
        ? 'organizacja innego rodzaju'
        : classificationLabel(body.classification).toLowerCase()
    return `Organ głosujący musi być radą lub komisją rady, a ${name} to ${kind}.`
  }
  if (typeof body.seats !== 'number') {
    return `${name} nie ma podanej liczby mandatów: uzupełnij ją w kolekcji Organizacje, by dało się sprawdzić liczbę głosów.`
  }
  return null
}
