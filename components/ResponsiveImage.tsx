import type { Media } from '@/payload-types'
import { srcSetOf } from '@/lib/media/srcSet'

type Props = {
  media: Media
  /** The image's rendered width, for the browser to pick a file, e.g. "(min-width: 50rem) 46rem, 100vw". */
  sizes: string
  /** Above the fold: loaded at once. Otherwise the browser loads it when it nears the viewport. */
  priority?: boolean
}

/** An uploaded image in responsive sizes, with width and height so that the page does not jump. */
export function ResponsiveImage({ media, sizes, priority = false }: Props) {
  if (!media.url) return null
  return (
    // eslint-disable-next-line @next/next/no-img-element
    <img
      src={media.sizes?.card?.url ?? media.url}
      srcSet={srcSetOf(media) || undefined}
      sizes={sizes}
      alt={media.alt}
      width={media.width ?? undefined}
      height={media.height ?? undefined}
      loading={priority ? 'eager' : 'lazy'}
      fetchPriority={priority ? 'high' : undefined}
      decoding="async"
    />
  )
}
