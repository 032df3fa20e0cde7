import type { Vote } from '@/payload-types'
import { VOTE_RESULT_LABELS } from '@/lib/votes/majority'
import { toVoteTally } from '@/lib/votes/voteTally'

/** A vote's result and counts on one line: "Uchwała przyjęta · za 11, przeciw 5, wstrzymało się 3". */
export function VoteOutcome({ vote }: { vote: Vote }) {
  const tally = toVoteTally(vote)
  return (
    <>
      <span className={`vote-result--${tally.result}`}>{VOTE_RESULT_LABELS[tally.result]}</span> · za {tally.counts.yes},
      przeciw {tally.counts.no}, wstrzymało się {tally.counts.abstain}
    </>
  )
}
