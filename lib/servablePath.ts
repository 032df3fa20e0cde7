/**
 * The longest path segment the portal serves. Slugs come from titles of at most 200
 * characters; Next.js keeps each page's cache in files named after its last segment, and a
 * segment past the file system's 255-byte limit fails there (ENAMETOOLONG, a stack trace in
 * the log) before the 404 page is rendered.
 */
const MAX_SEGMENT_LENGTH = 240

/**
 * False for a path no page can have, which Next.js would answer with a 500 or a stack trace
 * in the log: a broken percent-escape or invalid UTF-8 (/%, /%C0%AF), a control character
 * (/%00), or a segment longer than any address the portal makes.
 */
export function isServablePath(pathname: string): boolean {
  let decoded: string
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    return false
  }
  if (/[\u0000-\u001f\u007f]/.test(decoded)) return false
  return pathname.split('/').every((segment) => segment.length <= MAX_SEGMENT_LENGTH)
}
