import type { Metadata } from 'next'
import Link from 'next/link'

import { ArticleList } from '@/components/ArticleList'
import { NotFoundResponse } from '@/components/NotFoundResponse'
import { VoteList } from '@/components/VoteList'
import { pageMetadata, SITE_DESCRIPTION } from '@/lib/metadata'
import { listArticles } from '@/lib/queries/articles'
import { listVotes } from '@/lib/queries/votes'
import { paths } from '@/lib/routes'

type Props = { params: Promise<{ rest?: string[] }> }

export const metadata: Metadata = pageMetadata({
  title: { absolute: 'Konstancin-Jeziorna: aktualności i decyzje samorządu' },
  description: SITE_DESCRIPTION,
  path: paths.home(),
})

// The home page, reached by a rewrite of `/`: nothing is rendered at build time and the
// page is cached on its first request (an optional catch-all with no params prerenders nothing).
export const generateStaticParams = async () => []

export default async function HomePage({ params }: Props) {
  if ((await params).rest) return <NotFoundResponse />
  const [articles, votes] = await Promise.all([listArticles(1, 5), listVotes(1, 5)])
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
        {votes && votes.docs.length > 0 ? <VoteList votes={votes.docs} headingLevel={3} /> : <p>Brak opublikowanych głosowań.</p>}
        <p>
          <Link href={paths.votes()}>Wszystkie głosowania</Link>
        </p>
      </section>
    </>
  )
}
