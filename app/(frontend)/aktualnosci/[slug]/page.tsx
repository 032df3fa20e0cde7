import type { Metadata } from 'next'
import Link from 'next/link'

import { Breadcrumbs } from '@/components/Breadcrumbs'
import { ChangeNotes } from '@/components/ChangeNotes'
import { DateText } from '@/components/DateText'
import { JsonLd } from '@/components/JsonLd'
import { NotFoundResponse } from '@/components/NotFoundResponse'
import { PreviewBanner } from '@/components/PreviewBanner'
import { MediaFigure } from '@/components/MediaFigure'
import { RichText } from '@/components/RichText'
import { VoteBox } from '@/components/VoteBox'
import type { Category, Media, Organisation, Vote } from '@/payload-types'
import { absoluteUrl } from '@/lib/absoluteUrl'
import { formatDate } from '@/lib/dates'
import { articleModifiedAt, articlePublishedAt } from '@/lib/articleTimes'
import { pageMetadata } from '@/lib/metadata'
import { parseSlug } from '@/lib/pageNumber'
import { previewUser } from '@/lib/preview'
import { getArticle, getArticleDraft } from '@/lib/queries/articles'
import { isPopulated } from '@/lib/populated'
import { paths } from '@/lib/routes'
import { articleShareImage, newsArticleJsonLd } from '@/lib/structuredData'

type Props = { params: Promise<{ slug: string }> }

export const generateStaticParams = async () => []

/** The published article; in preview, for a signed-in user only, the latest draft. */
async function articleFor(params: Props['params']) {
  const slug = parseSlug((await params).slug)
  if (!slug) return null
  const user = await previewUser()
  return user ? getArticleDraft(slug, user) : getArticle(slug)
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await articleFor(params)
  if (!article) return { title: 'Nie znaleziono strony' }
  const categories = (article.categories ?? []).filter(isPopulated<Category>)
  return pageMetadata({
    title: article.meta?.title || article.title,
    description: article.meta?.description || article.lead,
    path: paths.article(article.slug),
    image: articleShareImage(article),
    article: {
      publishedTime: articlePublishedAt(article),
      modifiedTime: articleModifiedAt(article),
      section: categories[0]?.title,
      author: article.author,
    },
  })
}

export default async function ArticlePage({ params }: Props) {
  const article = await articleFor(params)
  if (!article) return <NotFoundResponse />

  const votes = (article.relatedVotes ?? []).filter(isPopulated<Vote>)
  const organisations = (article.relatedOrganisations ?? []).filter(isPopulated<Organisation>)
  const categories = (article.categories ?? []).filter(isPopulated<Category>)
  const hero = isPopulated<Media>(article.heroImage) ? article.heroImage : null
  const inPreview = Boolean(await previewUser())

  return (
    <article className="article">
      {inPreview ? <PreviewBanner path={paths.article(article.slug)} /> : null}
      <Breadcrumbs trail={[{ label: 'Aktualności', href: paths.articles() }]} current={article.title} />
      <JsonLd data={newsArticleJsonLd(article)} />
      <header className="article__header">
        <h1>{article.title}</h1>
        <p className="article__meta">
          <DateText value={article.publishedAt} />
          {article.author ? <span> · {article.author}</span> : null}
          {categories.length > 0 ? (
            <span>
              {' · '}
              {categories.map((c, i) => (
                <span key={c.id}>
                  {i > 0 ? ', ' : null}
                  <Link href={paths.category(c.slug)}>{c.title}</Link>
                </span>
              ))}
            </span>
          ) : null}
        </p>
        <p className="article__lead">{article.lead}</p>
        <ChangeNotes notes={article.changeNotes} />
      </header>
      {hero?.url ? (
        <MediaFigure media={hero} className="article__hero" priority />
      ) : null}
      <RichText data={article.body} />
      {votes.map((vote) => (
        <VoteBox key={vote.id} vote={vote} />
      ))}
      {organisations.length > 0 ? (
        <section aria-labelledby="powiazane-organizacje" className="related">
          <h2 id="powiazane-organizacje">Organizacje w tym artykule</h2>
          <ul>
            {organisations.map((org) => (
              <li key={org.id}>
                <Link href={paths.organisation(org.slug)}>{org.name}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p className="print-only article__print-source">
        Źródło: {absoluteUrl(paths.article(article.slug))} · opublikowano {formatDate(articlePublishedAt(article))}
      </p>
    </article>
  )
}
