import Link from 'next/link'

import type { Vote } from '@/payload-types'
import { VOTE_RESULT_LABELS } from '@/lib/votes/majority'
import { paths } from '@/lib/routes'
import { toVoteTally } from '@/lib/votes/voteTally'

import { DateText } from './DateText'

export function VoteList({ votes, headingLevel = 2 }: { votes: Vote[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <ul className="card-list">
      {votes.map((vote) => {
        const tally = toVoteTally(vote)
        return (
          <li key={vote.id} className="card">
            <Heading className="card__title">
              <Link href={paths.vote(vote.slug)}>{vote.title}</Link>
            </Heading>
            <p className="card__meta">
              <DateText value={vote.startDate} precision={vote.startDatePrecision} /> ·{' '}
              <span className={`vote-result--${tally.result}`}>{VOTE_RESULT_LABELS[tally.result]}</span> · za{' '}
              {tally.counts.yes}, przeciw {tally.counts.no}, wstrzymało się {tally.counts.abstain}
            </p>
          </li>
        )
      })}
    </ul>
  )
}
