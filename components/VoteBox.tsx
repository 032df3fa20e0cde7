import Link from 'next/link'

import type { Vote } from '@/payload-types'
import { paths } from '@/lib/routes'
import { sessionOfVote } from '@/lib/sessions/sessionOfVote'
import { toVoteTally } from '@/lib/votes/voteTally'

import { DateText } from './DateText'
import { SessionDate } from './SessionDate'
import { VoteChart } from './VoteChart'
import { VoteResultBadge } from './VoteResultBadge'
import { VoteTallyTable } from './VoteTallyTable'

/** A council vote shown beside an article: counts, result, a link to the full record. */
export function VoteBox({ vote }: { vote: Vote }) {
  const tally = toVoteTally(vote)
  const session = sessionOfVote(vote)
  const headingId = `glosowanie-${vote.id}`
  return (
    <aside className="vote-box" aria-labelledby={headingId}>
      <h2 id={headingId} className="vote-box__title">
        Głosowanie rady: {vote.title}
      </h2>
      <p className="vote-box__meta">
        {session ? (
          <>
            <Link href={paths.session(session.slug)}>{session.name}</Link>, <SessionDate session={session} />
          </>
        ) : (
          <DateText value={vote.startDate} precision={vote.startDatePrecision} />
        )}
      </p>
      <VoteResultBadge tally={tally} />
      <VoteChart tally={tally} id={`wykres-${vote.id}`} />
      <VoteTallyTable tally={tally} caption="Wyniki głosowania" />
      <p>
        <Link href={paths.vote(vote.slug)}>Szczegóły głosowania: {vote.title}</Link>
      </p>
    </aside>
  )
}
