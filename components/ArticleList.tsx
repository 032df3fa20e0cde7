import Link from 'next/link'

import type { Article } from '@/payload-types'
import { paths } from '@/lib/routes'

import { DateText } from './DateText'

export function ArticleList({ articles, headingLevel = 2 }: { articles: Article[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <ul className="card-list">
      {articles.map((article) => (
        <li key={article.id} className="card">
          <Heading className="card__title">
            <Link href={paths.article(article.slug)}>{article.title}</Link>
          </Heading>
          <p className="card__meta">
            <DateText value={article.publishedAt} />
          </p>
          <p className="card__lead">{article.lead}</p>
        </li>
      ))}
    </ul>
  )
}
