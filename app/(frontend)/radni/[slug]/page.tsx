import type { Metadata } from 'next'
import Link from 'next/link'

import { Breadcrumbs } from '@/components/Breadcrumbs'
import { CouncilSeatText } from '@/components/CouncilSeats'
import { DateText } from '@/components/DateText'
import { NotFoundResponse } from '@/components/NotFoundResponse'
import { ResponsiveImage } from '@/components/ResponsiveImage'
import type { Media } from '@/payload-types'
import type { RecordEntry } from '@/lib/councillors/votingRecord'
import { pageMetadata } from '@/lib/metadata'
import { parseSlug } from '@/lib/pageNumber'
import { isPopulated } from '@/lib/populated'
import { councillorRecord, getCouncillor } from '@/lib/queries/councillors'
import { paths } from '@/lib/routes'
import { VOTE_RESULT_LABELS } from '@/lib/votes/majority'
import { ROLL_CALL_LABELS } from '@/lib/votes/options'

type Props = { params: Promise<{ slug: string }> }

export const generateStaticParams = async () => []

async function councillorFor(params: Props['params']) {
  const slug = parseSlug((await params).slug)
  return slug ? getCouncillor(slug) : null
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const councillor = await councillorFor(params)
  if (!councillor) return { title: 'Nie znaleziono strony' }
  const { person } = councillor
  return pageMetadata({
    title: person.name,
    description: `${person.position ?? 'Radny'}: funkcje w radzie i imienny wykaz głosowań.`,
    path: paths.councillor(person.slug),
  })
}

function OptionCell({ entry }: { entry: RecordEntry }) {
  if (entry.kind === 'voted') return <>{ROLL_CALL_LABELS[entry.option]}</>
  if (entry.kind === 'no-roll-call') return <>imienny wykaz nie został wprowadzony</>
  return <>brak w imiennym wykazie</>
}

export default async function CouncillorPage({ params }: Props) {
  const councillor = await councillorFor(params)
  if (!councillor) return <NotFoundResponse />
  const { person, seats } = councillor
  const record = await councillorRecord(councillor)
  const missing = record.filter((e) => e.kind === 'no-roll-call').length

  return (
    <article className="councillor">
      <Breadcrumbs trail={[{ label: 'Radni', href: paths.councillors() }]} current={person.name} />
      <h1>{person.name}</h1>
      {isPopulated<Media>(person.image) ? (
        <figure className="councillor__photo">
          <ResponsiveImage media={person.image} sizes="12rem" priority />
        </figure>
      ) : null}
      <dl className="facts">
        {person.position ? (
          <>
            <dt>Funkcja</dt>
            <dd>{person.position}</dd>
          </>
        ) : null}
        <dt>{seats.length > 1 ? 'Mandaty i funkcje' : 'Mandat'}</dt>
        <dd>
          <ul className="plain-list">
            {seats.map((seat) => (
              <li key={seat.id}>
                <CouncilSeatText seat={seat} />
              </li>
            ))}
          </ul>
        </dd>
      </dl>

      <section aria-labelledby="glosowania-radnego">
        <h2 id="glosowania-radnego">Jak głosował(a)</h2>
        {record.length === 0 ? (
          <p>W portalu nie ma jeszcze głosowań z okresu mandatu.</p>
        ) : (
          <>
            {missing > 0 ? (
              <p>
                Przy głosowaniach oznaczonych „imienny wykaz nie został wprowadzony” portal nie zna głosu radnego: nie
                zgadujemy go z liczby głosów.
              </p>
            ) : null}
            <table className="voting-record">
              <caption>Imienne głosowania: {person.name}</caption>
              <thead>
                <tr>
                  <th scope="col">Głosowanie</th>
                  <th scope="col">Data</th>
                  <th scope="col">Głos</th>
                  <th scope="col">Wynik</th>
                </tr>
              </thead>
              <tbody>
                {record.map((entry) => (
                  <tr key={entry.vote.id}>
                    <th scope="row">
                      <Link href={paths.vote(entry.vote.slug)}>{entry.vote.title}</Link>
                    </th>
                    <td>
                      <DateText value={entry.vote.startDate} precision={entry.vote.startDatePrecision} />
                    </td>
                    <td>
                      <OptionCell entry={entry} />
                    </td>
                    <td>{VOTE_RESULT_LABELS[entry.vote.result === 'pass' ? 'pass' : 'fail']}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </section>
    </article>
  )
}
