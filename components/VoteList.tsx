import Link from 'next/link'

import type { Vote } from '@/payload-types'
import { paths } from '@/lib/routes'

import { DateText } from './DateText'
import { VoteOutcome } from './VoteOutcome'

export function VoteList({ votes, headingLevel = 2 }: { votes: Vote[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <ul className="card-list">
      {votes.map((vote) => {
        return (
          <li key={vote.id} className="card">
            <Heading className="card__title">
              <Link href={paths.vote(vote.slug)}>{vote.title}</Link>
            </Heading>
            <p className="card__meta">
              <DateText value={vote.startDate} precision={vote.startDatePrecision} /> · <VoteOutcome vote={vote} />
            </p>
          </li>
        )
      })}
    </ul>
  )
}
