/**
 * A crude stem for Polish inflection: the start of a longer word, so that "związek" also
 * finds "związku" and "związków", and "głosowanie" finds "głosowaniach". Matching is by
 * substring, so a stem finds every form that begins the same way. Short words and
 * numbers are kept whole.
 */
export function searchStem(token: string): string {
  if (token.length <= 4 || /^[0-9]+$/.test(token)) return token
  return token.slice(0, Math.max(4, Math.ceil(token.length * 0.7)))
}
