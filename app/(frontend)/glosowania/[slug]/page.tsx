import type { Metadata } from 'next'
import Link from 'next/link'

import { Breadcrumbs } from '@/components/Breadcrumbs'
import { DateText } from '@/components/DateText'
import { NotFoundResponse } from '@/components/NotFoundResponse'
import { SessionDate } from '@/components/SessionDate'
import { VoteChart } from '@/components/VoteChart'
import { VoteResultBadge } from '@/components/VoteResultBadge'
import { VoteTallyTable } from '@/components/VoteTallyTable'
import type { Organisation, Person } from '@/payload-types'
import { pageMetadata } from '@/lib/metadata'
import { parseSlug } from '@/lib/pageNumber'
import { isPopulated } from '@/lib/populated'
import { articlesRelatedTo } from '@/lib/queries/articles'
import { membershipsGroundedOn } from '@/lib/queries/organisations'
import { getVote } from '@/lib/queries/votes'
import { sessionOfVote } from '@/lib/sessions/sessionOfVote'
import { paths } from '@/lib/routes'
import { MAJORITY_RULE_LABELS } from '@/lib/votes/majority'
import { ROLL_CALL_LABELS } from '@/lib/votes/options'
import { toVoteTally } from '@/lib/votes/voteTally'

type Props = { params: Promise<{ slug: string }> }

export const generateStaticParams = async () => []

async function voteFor(params: Props['params']) {
  const slug = parseSlug((await params).slug)
  return slug ? getVote(slug) : null
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const vote = await voteFor(params)
  if (!vote) return { title: 'Nie znaleziono strony' }
  return pageMetadata({ title: vote.title, description: vote.motion, path: paths.vote(vote.slug) })
}

export default async function VotePage({ params }: Props) {
  const vote = await voteFor(params)
  if (!vote) return <NotFoundResponse />
  const tally = toVoteTally(vote)
  const body = isPopulated<Organisation>(vote.organization) ? vote.organization : null
  const session = sessionOfVote(vote)
  const [articles, memberships] = await Promise.all([
    articlesRelatedTo('relatedVotes', vote.id),
    membershipsGroundedOn(vote.id),
  ])
  const rollCall = (vote.rollCall ?? []).filter((entry) => isPopulated<Person>(entry.voter))

  return (
    <article className="vote">
      <Breadcrumbs trail={[{ label: 'Głosowania rady', href: paths.votes() }]} current={vote.title} />
      <h1>{vote.title}</h1>
      <dl className="facts">
        {body ? (
          <>
            <dt>Organ</dt>
            <dd>
              <Link href={paths.organisation(body.slug)}>{body.name}</Link>
            </dd>
          </>
        ) : null}
        {session ? (
          <>
            <dt>Sesja</dt>
            <dd>
              <Link href={paths.session(session.slug)}>{session.name}</Link> (
              <SessionDate session={session} />)
            </dd>
          </>
        ) : null}
        <dt>Data</dt>
        <dd>
          <DateText value={vote.startDate} precision={vote.startDatePrecision} />
          {vote.startDatePrecision === 'month' ? ' (dokładny dzień nie został podany)' : null}
        </dd>
        <dt>Przedmiot głosowania</dt>
        <dd>{vote.motion}</dd>
        <dt>Wymagana większość</dt>
        <dd>{MAJORITY_RULE_LABELS[vote.majorityRule]}</dd>
      </dl>
      <VoteResultBadge tally={tally} />
      <VoteChart tally={tally} id="wykres-glosowania" />
      <VoteTallyTable tally={tally} caption={`Wyniki głosowania: ${vote.title}`} />

      {rollCall.length > 0 ? (
        <table className="roll-call">
          <caption>Imienny wykaz głosowania</caption>
          <thead>
            <tr>
              <th scope="col">Radny</th>
              <th scope="col">Głos</th>
            </tr>
          </thead>
          <tbody>
            {rollCall.map((entry) => (
              <tr key={entry.id ?? (entry.voter as Person).id}>
                <th scope="row">{(entry.voter as Person).name}</th>
                <td>{ROLL_CALL_LABELS[entry.option]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>Imienny wykaz głosowania nie został dołączony.</p>
      )}

      {vote.recordingUrl || (vote.documents ?? []).length > 0 ? (
        <section aria-labelledby="dokumenty">
          <h2 id="dokumenty">Nagranie i dokumenty</h2>
          <ul>
            {vote.recordingUrl ? (
              <li>
                <a href={vote.recordingUrl}>Nagranie sesji</a>
              </li>
            ) : null}
            {(vote.documents ?? []).map((doc) => (
              <li key={doc.id ?? doc.url}>
                <a href={doc.url}>{doc.label}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {memberships.length > 0 ? (
        <section aria-labelledby="skutki" className="related">
          <h2 id="skutki">Członkostwo na podstawie tego głosowania</h2>
          <ul>
            {memberships.map((m) => (
              <li key={m.id}>
                {isPopulated<Organisation>(m.member.value) ? m.member.value.name : null} – członek organizacji{' '}
                {isPopulated<Organisation>(m.organization) ? (
                  <Link href={paths.organisation(m.organization.slug)}>{m.organization.name}</Link>
                ) : null}
                {m.startDate ? (
                  <>
                    {' '}
                    od <DateText value={m.startDate} />
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {articles.length > 0 ? (
        <section aria-labelledby="powiazane-artykuly" className="related">
          <h2 id="powiazane-artykuly">Artykuły o tym głosowaniu</h2>
          <ul>
            {articles.map((article) => (
              <li key={article.id}>
                <Link href={paths.article(article.slug)}>{article.title}</Link> (
                <DateText value={article.publishedAt} />)
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  )
}
