import { VOTE_RESULT_LABELS } from '@/lib/votes/majority'
import type { VoteTally } from '@/lib/votes/voteTally'

export function VoteResultBadge({ tally }: { tally: VoteTally }) {
  return (
    <p className={`vote-result vote-result--${tally.result}`}>
      <strong>{VOTE_RESULT_LABELS[tally.result]}</strong>
      {tally.seats ? (
        <span>
          {' '}
          · głosowało {tally.voted} z {tally.seats} radnych
        </span>
      ) : null}
    </p>
  )
}
