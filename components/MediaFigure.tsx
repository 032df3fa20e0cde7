import type { Media } from '@/payload-types'

import { ResponsiveImage } from './ResponsiveImage'

/** The rendered width of an image in the article column: the column on wide screens, the screen on phones. */
export const ARTICLE_COLUMN_SIZES = '(min-width: 50rem) 46rem, 100vw'

type Props = {
  media: Media
  /** The editor's caption for this placement of the image. */
  caption?: string | null
  priority?: boolean
  className?: string
}

/** An image of an article (the hero or one in the text): fits the column, caption and credit below. */
export function MediaFigure({ media, caption, priority = false, className }: Props) {
  if (!media.url) return null
  const text = caption?.trim()
  return (
    <figure className={['media-figure', className].filter(Boolean).join(' ')}>
      <ResponsiveImage media={media} sizes={ARTICLE_COLUMN_SIZES} priority={priority} />
      {text || media.credit ? (
        <figcaption>
          {text ? <span className="media-figure__caption">{text}</span> : null}
          {text && media.credit ? ' ' : null}
          {media.credit ? <span className="media-figure__credit">Fot. {media.credit}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  )
}
