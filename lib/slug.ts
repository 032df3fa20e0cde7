import slugify from '@sindresorhus/slugify'

/** URL slug with Polish letters transliterated (ą→a, ł→l, ż→z, …), lower case, hyphen-separated. */
export function toSlug(text: string): string {
  return slugify(text, { decamelize: false })
}

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
