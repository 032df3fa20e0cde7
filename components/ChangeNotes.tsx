import type { Article } from '@/payload-types'
import { formatDate } from '@/lib/dates'

/** "Zaktualizowano 3 grudnia 2024: …", newest first; nothing for an article never corrected. */
export function ChangeNotes({ notes }: { notes: Article['changeNotes'] }) {
  if (!notes || notes.length === 0) return null
  const newestFirst = [...notes].sort((a, b) => b.date.localeCompare(a.date))
  return (
    <aside className="change-notes" aria-label="Aktualizacje artykułu">
      <ul>
        {newestFirst.map((entry) => (
          <li key={entry.id ?? entry.date}>
            Zaktualizowano <time dateTime={entry.date}>{formatDate(entry.date)}</time>: {entry.note}
          </li>
        ))}
      </ul>
    </aside>
  )
}
