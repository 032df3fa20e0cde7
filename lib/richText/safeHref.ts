const ALLOWED_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:'])

// Any origin does: a link that keeps it is a link within the site (`/aktualnosci`, `#tresc`).
const SITE = 'https://portal.invalid'

/**
 * Whether a rich-text link may be followed: http(s), mailto, tel, or a link within the
 * site. The link is read as a browser reads it (WHATWG URL), so `JaVaScRiPt:`,
 * `java<TAB>script:`, a leading control character or `data:`/`vbscript:` are all caught.
 */
export function isSafeHref(href: string): boolean {
  try {
    const url = new URL(href, `${SITE}/`)
    return url.origin === SITE || ALLOWED_SCHEMES.has(url.protocol)
  } catch {
    return false
  }
}

export const UNSAFE_LINK_MESSAGE =
  'Link może prowadzić tylko do adresu http:// lub https://, e-maila (mailto:), telefonu (tel:) albo strony w tym portalu (np. /aktualnosci).'
