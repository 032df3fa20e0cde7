/** False for a path with a broken percent-escape or invalid UTF-8 (/%, /%C0%AF), which Next.js answers with a 500. */
export function isDecodablePath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname)
    return true
  } catch {
    return false
  }
}
