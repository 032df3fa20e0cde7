import type { Payload, TypedUser } from 'payload'

import { formatDateTime } from '@/lib/dates'
import { draftsAwaitingPublication, type QueueItem, scheduledPublications } from '@/lib/queries/editorialQueue'

const TEXT = {
  pl: {
    heading: 'Do publikacji',
    drafts: 'Szkice czekające na publikację',
    noDrafts: 'Brak szkiców.',
    scheduled: 'Zaplanowane',
    noScheduled: 'Nic nie zaplanowano.',
    title: 'Tytuł',
    kind: 'Rodzaj',
    edited: 'Ostatnia zmiana',
    when: 'Kiedy',
    action: 'Co',
    publish: 'publikacja',
    unpublish: 'wycofanie',
    kinds: { articles: 'Artykuł', pages: 'Strona', votes: 'Głosowanie' },
  },
  en: {
    heading: 'Awaiting publication',
    drafts: 'Drafts awaiting publication',
    noDrafts: 'No drafts.',
    scheduled: 'Scheduled',
    noScheduled: 'Nothing scheduled.',
    title: 'Title',
    kind: 'Type',
    edited: 'Last edited',
    when: 'When',
    action: 'What',
    publish: 'publish',
    unpublish: 'unpublish',
    kinds: { articles: 'Article', pages: 'Page', votes: 'Vote' },
  },
}

type Props = { payload: Payload; user: TypedUser | null; i18n: { language: string } }

const editLink = (item: Pick<QueueItem, 'collection' | 'id'>) => `/admin/collections/${item.collection}/${item.id}`

/** The dashboard's first box: drafts waiting for an editor, and what the queue will publish when. */
export async function EditorialQueue({ payload, user, i18n }: Props) {
  if (!user) return null
  const t = i18n.language === 'en' ? TEXT.en : TEXT.pl
  const [drafts, scheduled] = await Promise.all([
    draftsAwaitingPublication(payload, user),
    scheduledPublications(payload, user),
  ])
  return (
    <section className="editorial-queue" aria-labelledby="editorial-queue-heading" style={{ marginBottom: '2rem' }}>
      <h2 id="editorial-queue-heading">{t.heading}</h2>
      <h3>{t.scheduled}</h3>
      {scheduled.length === 0 ? (
        <p>{t.noScheduled}</p>
      ) : (
        <table className="editorial-queue__scheduled">
          <thead>
            <tr>
              <th scope="col">{t.when}</th>
              <th scope="col">{t.action}</th>
              <th scope="col">{t.title}</th>
              <th scope="col">{t.kind}</th>
            </tr>
          </thead>
          <tbody>
            {scheduled.map((item) => (
              <tr key={`${item.collection}-${item.id}-${item.when}`}>
                <td>{formatDateTime(item.when)}</td>
                <td>{item.type === 'unpublish' ? t.unpublish : t.publish}</td>
                <th scope="row">
                  <a href={editLink(item)}>{item.title}</a>
                </th>
                <td>{t.kinds[item.collection]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>{t.drafts}</h3>
      {drafts.length === 0 ? (
        <p>{t.noDrafts}</p>
      ) : (
        <table className="editorial-queue__drafts">
          <thead>
            <tr>
              <th scope="col">{t.title}</th>
              <th scope="col">{t.kind}</th>
              <th scope="col">{t.edited}</th>
            </tr>
          </thead>
          <tbody>
            {drafts.map((item) => (
              <tr key={`${item.collection}-${item.id}`}>
                <th scope="row">
                  <a href={editLink(item)}>{item.title}</a>
                </th>
                <td>{t.kinds[item.collection]}</td>
                <td>{formatDateTime(item.when)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
