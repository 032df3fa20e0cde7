import type { Metadata } from 'next'
import Link from 'next/link'

import { ArticleList } from '@/components/ArticleList'
import { VoteList } from '@/components/VoteList'
import { pageMetadata, SITE_DESCRIPTION } from '@/lib/metadata'
import { listArticles } from '@/lib/queries/articles'
import { listVotes } from '@/lib/queries/votes'
import { paths } from '@/lib/routes'

// Rendered on request so that `next build` reads no database.
export const dynamic = 'force-dynamic'

export const metadata: Metadata = pageMetadata({
  title: { absolute: 'Konstancin-Jeziorna: aktualności i decyzje samorządu' },
  description: SITE_DESCRIPTION,
  path: paths.home(),
})

export default async function HomePage() {
  const [articles, votes] = await Promise.all([listArticles(1, 5), listVotes(5)])
  return (
    <>
      <h1 className="visually-hidden">Konstancin-Jeziorna: aktualności i decyzje samorządu</h1>
      <section aria-labelledby="najnowsze-aktualnosci" className="home-section">
        <h2 id="najnowsze-aktualnosci">Najnowsze aktualności</h2>
        {articles && articles.docs.length > 0 ? (
          <ArticleList articles={articles.docs} headingLevel={3} />
        ) : (
          <p>Nie opublikowano jeszcze żadnych aktualności.</p>
        )}
        <p>
          <Link href={paths.articles()}>Wszystkie aktualności</Link>
        </p>
      </section>
      <section aria-labelledby="ostatnie-glosowania" className="home-section">
        <h2 id="ostatnie-glosowania">Ostatnie głosowania rady</h2>
        {votes.length > 0 ? <VoteList votes={votes} headingLevel={3} /> : <p>Brak opublikowanych głosowań.</p>}
        <p>
          <Link href={paths.votes()}>Wszystkie głosowania</Link>
        </p>
      </section>
    </>
  )
}
