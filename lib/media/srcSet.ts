import type { Media } from '@/payload-types'

const RESPONSIVE_SIZES = ['thumbnail', 'card', 'wide'] as const

/** "url 400w, url 768w, …" from the sizes sharp generated, plus the original; narrowest first. */
export function srcSetOf(media: Media): string {
  const candidates = [
    ...RESPONSIVE_SIZES.map((name) => media.sizes?.[name]),
    { url: media.url, width: media.width },
  ].filter((size): size is { url: string; width: number } => Boolean(size?.url && size.width))
  const byWidth = new Map(candidates.map((size) => [size.width, size.url]))
  return [...byWidth.entries()]
    .sort(([a], [b]) => a - b)
    .map(([width, url]) => `${encodeURI(url)} ${width}w`)
    .join(', ')
}
