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
    planned: 'Plan',
    notPlanned: 'nie zaplanowano publikacji',
    when: 'Kiedy',
    action: 'Co',
    publish: 'publikacja',
    unpublish: 'wycofanie',
    untitled: '(bez tytułu)',
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
    planned: 'Plan',
    notPlanned: 'not scheduled',
    when: 'When',
    action: 'What',
    publish: 'publish',
    unpublish: 'unpublish',
    untitled: '(untitled)',
    kinds: { articles: 'Article', pages: 'Page', votes: 'Vote' },
  },
}

type Props = { payload: Payload; user: TypedUser | null; i18n: { language: string } }
type Text = (typeof TEXT)['pl']
type Scheduled = Awaited<ReturnType<typeof scheduledPublications>>[number]

const editLink = (item: Pick<QueueItem, 'collection' | 'id'>) => `/admin/collections/${item.collection}/${item.id}`

/** A row's title, linking to its edit view; a draft never given a title still gets both. */
function TitleCell({ item, t }: { item: QueueItem; t: Text }) {
  return (
    <th scope="row">
      <a href={editLink(item)}>{item.title?.trim() ? item.title : t.untitled}</a>
    </th>
  )
}

type QueueTableProps = {
  id: string
  className: string
  caption: string
  empty: string
  columns: string[]
  rows: { key: string; item: QueueItem; cells: string[] }[]
  t: Text
}

/** One list of the box under its own heading, in Payload's list-table wrapper (.table). */
function QueueTable({ id, className, caption, empty, columns, rows, t }: QueueTableProps) {
  return (
    <>
      <h3 id={id} className="editorial-queue__subheading">
        {caption}
      </h3>
      {rows.length === 0 ? (
        <p className="editorial-queue__empty">{empty}</p>
      ) : (
        <div className="table editorial-queue__table">
          <table className={className} aria-labelledby={id}>
            <thead>
              <tr>
                <th scope="col">{t.title}</th>
                {columns.map((column) => (
                  <th scope="col" key={column}>
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map(({ key, item, cells }) => (
                <tr key={key}>
                  <TitleCell item={item} t={t} />
                  {cells.map((cell, index) => (
                    <td key={columns[index]}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  )
}

const planOf = (item: Scheduled, t: Text) =>
  `${item.type === 'unpublish' ? t.unpublish : t.publish} ${formatDateTime(item.when)}`

/**
 * The dashboard's first box: what the queue will publish when, and the drafts waiting for an
 * editor with what is planned for each. Payload's own dashboard heading and table styles.
 */
export async function EditorialQueue({ payload, user, i18n }: Props) {
  if (!user) return null
  const t = i18n.language === 'en' ? TEXT.en : TEXT.pl
  const [drafts, scheduled] = await Promise.all([
    draftsAwaitingPublication(payload, user),
    scheduledPublications(payload, user),
  ])
  const plans = (item: QueueItem) =>
    scheduled.filter((s) => s.collection === item.collection && String(s.id) === String(item.id)).map((s) => planOf(s, t))
  return (
    <section className="editorial-queue collections" aria-labelledby="editorial-queue-heading">
      <div className="collections__wrap">
        <div className="collections__group">
          <h2 id="editorial-queue-heading" className="collections__label">
            {t.heading}
          </h2>
          <QueueTable
            id="editorial-queue-scheduled"
            className="editorial-queue__scheduled"
            caption={t.scheduled}
            empty={t.noScheduled}
            columns={[t.action, t.when, t.kind]}
            rows={scheduled.map((item) => ({
              key: `${item.collection}-${item.id}-${item.when}`,
              item,
              cells: [item.type === 'unpublish' ? t.unpublish : t.publish, formatDateTime(item.when), t.kinds[item.collection]],
            }))}
            t={t}
          />
          <QueueTable
            id="editorial-queue-drafts"
            className="editorial-queue__drafts"
            caption={t.drafts}
            empty={t.noDrafts}
            columns={[t.planned, t.edited, t.kind]}
            rows={drafts.map((item) => ({
              key: `${item.collection}-${item.id}`,
              item,
              cells: [plans(item).join('; ') || t.notPlanned, formatDateTime(item.when), t.kinds[item.collection]],
            }))}
            t={t}
          />
        </div>
      </div>
    </section>
  )
}
