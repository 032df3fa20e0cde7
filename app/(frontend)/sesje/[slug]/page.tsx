import type { Metadata } from 'next'
import Link from 'next/link'

import { Breadcrumbs } from '@/components/Breadcrumbs'
import { DateText } from '@/components/DateText'
import { NotFoundResponse } from '@/components/NotFoundResponse'
import { SessionDate } from '@/components/SessionDate'
import { SessionDocumentLink } from '@/components/SessionDocumentLink'
import { VoteOutcome } from '@/components/VoteOutcome'
import type { Organisation, SessionDocument, Vote } from '@/payload-types'
import { pageMetadata } from '@/lib/metadata'
import { parseSlug } from '@/lib/pageNumber'
import { isPopulated } from '@/lib/populated'
import { articlesAboutSession, getSession } from '@/lib/queries/sessions'
import { paths } from '@/lib/routes'
import { formatSessionDate } from '@/lib/sessions/sessionDate'
import { SESSION_STATUS_LABELS } from '@/lib/sessions/status'

type Props = { params: Promise<{ slug: string }> }

export const generateStaticParams = async () => []

async function sessionFor(params: Props['params']) {
  const slug = parseSlug((await params).slug)
  return slug ? getSession(slug) : null
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const session = await sessionFor(params)
  if (!session) return { title: 'Nie znaleziono strony' }
  const items = (session.agenda ?? []).map((item) => item.title).join('; ')
  return pageMetadata({
    title: session.name,
    description: `${formatSessionDate(session)}. ${items ? `Porządek obrad: ${items}` : ''}`.slice(0, 300),
    path: paths.session(session.slug),
  })
}

export default async function SessionPage({ params }: Props) {
  const session = await sessionFor(params)
  if (!session) return <NotFoundResponse />
  const body = isPopulated<Organisation>(session.body) ? session.body : null
  const articles = await articlesAboutSession(session)
  const agenda = session.agenda ?? []
  const minutesDocument = isPopulated<SessionDocument>(session.minutesDocument) ? session.minutesDocument : null

  return (
    <article className="session">
      <Breadcrumbs trail={[{ label: 'Sesje rady', href: paths.sessions() }]} current={session.name} />
      <h1>{session.name}</h1>
      {session.status === 'cancelled' || session.status === 'moved' ? (
        <p className={`session-notice session-status--${session.status}`}>
          <strong>Sesja {SESSION_STATUS_LABELS[session.status].toLowerCase()}.</strong>
        </p>
      ) : null}
      <dl className="facts">
        {body ? (
          <>
            <dt>Organ</dt>
            <dd>
              <Link href={paths.organisation(body.slug)}>{body.name}</Link>
            </dd>
          </>
        ) : null}
        {session.number ? (
          <>
            <dt>Numer sesji</dt>
            <dd>{session.number}</dd>
          </>
        ) : null}
        <dt>Termin</dt>
        <dd>
          <SessionDate session={session} />
          {session.startDatePrecision === 'month' ? ' (dokładny dzień nie został podany)' : null}
        </dd>
        {session.place ? (
          <>
            <dt>Miejsce</dt>
            <dd>{session.place}</dd>
          </>
        ) : null}
        <dt>Stan</dt>
        <dd>{SESSION_STATUS_LABELS[session.status]}</dd>
        {session.livestreamUrl ? (
          <>
            <dt>Transmisja</dt>
            <dd>
              <a href={session.livestreamUrl}>Transmisja na żywo</a>
            </dd>
          </>
        ) : null}
        {session.recordingUrl ? (
          <>
            <dt>Nagranie</dt>
            <dd>
              <a href={session.recordingUrl}>Nagranie sesji</a>
            </dd>
          </>
        ) : null}
      </dl>

      <section aria-labelledby="porzadek-obrad">
        <h2 id="porzadek-obrad">Porządek obrad</h2>
        {agenda.length === 0 ? (
          <p>Porządek obrad nie został jeszcze opublikowany.</p>
        ) : (
          <ol className="agenda">
            {agenda.map((item) => {
              const vote = isPopulated<Vote>(item.vote) && item.vote._status === 'published' ? item.vote : null
              const documents = (item.documents ?? []).filter((d) => isPopulated<SessionDocument>(d.file))
              return (
                <li key={item.id ?? item.title} className="agenda__item">
                  <h3 className="agenda__title">{item.title}</h3>
                  {item.description ? <p>{item.description}</p> : null}
                  {item.resolutionNumber ? <p>Uchwała nr {item.resolutionNumber}</p> : null}
                  {vote ? (
                    <p className="agenda__vote">
                      Głosowanie: <VoteOutcome vote={vote} />.{' '}
                      <Link href={paths.vote(vote.slug)}>Szczegóły głosowania: {vote.title}</Link>
                    </p>
                  ) : null}
                  {documents.length > 0 ? (
                    <ul className="agenda__documents">
                      {documents.map((d) => (
                        <li key={d.id ?? (d.file as SessionDocument).id}>
                          <SessionDocumentLink kind={d.kind} document={d.file as SessionDocument} />
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </li>
              )
            })}
          </ol>
        )}
      </section>

      {session.minutes || minutesDocument ? (
        <section aria-labelledby="przebieg">
          <h2 id="przebieg">Przebieg sesji</h2>
          {session.minutes ? <p className="session__minutes">{session.minutes}</p> : null}
          {minutesDocument ? (
            <p>
              <SessionDocumentLink kind="minutes" document={minutesDocument} />
            </p>
          ) : null}
        </section>
      ) : null}

      {articles.length > 0 ? (
        <section aria-labelledby="powiazane-artykuly" className="related">
          <h2 id="powiazane-artykuly">Artykuły o tej sesji</h2>
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
