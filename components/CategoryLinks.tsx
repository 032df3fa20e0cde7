import Link from 'next/link'

import type { Category } from '@/payload-types'
import { paths } from '@/lib/routes'

/** Links to the news categories, shown above the news list. */
export function CategoryLinks({ categories }: { categories: Pick<Category, 'id' | 'title' | 'slug'>[] }) {
  if (categories.length === 0) return null
  return (
    <nav aria-label="Kategorie aktualności" className="category-links">
      <h2 className="category-links__title">Kategorie</h2>
      <ul>
        {categories.map((c) => (
          <li key={c.id}>
            <Link href={paths.category(c.slug)}>{c.title}</Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
