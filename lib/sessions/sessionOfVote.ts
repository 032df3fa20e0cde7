import type { Session, Vote } from '../../payload-types'

/** The session a vote belongs to, when it came back populated. */
export function sessionOfVote(vote: Pick<Vote, 'session'>): Session | null {
  return vote.session && typeof vote.session === 'object' ? vote.session : null
}
