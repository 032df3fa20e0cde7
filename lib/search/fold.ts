/**
 * Search text is folded so that "ZWIĄZEK", "związek" and "zwiazek" are the same word:
 * lower case, Polish (and other Latin) diacritics removed, anything that is not a letter
 * or a digit turned into a space. Tokens are then plain [a-z0-9] words, which behave the
 * same in SQLite's LIKE and MongoDB's regular expressions (no wildcards, nothing to escape).
 */

// ł does not decompose under NFD, so it is mapped by hand.
const SPECIAL: Record<string, string> = { ł: 'l', Ł: 'l', ß: 'ss', æ: 'ae', Æ: 'ae', ø: 'o', Ø: 'o', đ: 'd', Đ: 'd' }

/** One character folded: a lower-case a-z/0-9 string, or ' ' for anything else. */
export function foldChar(char: string): string {
  const special = SPECIAL[char]
  if (special) return special
  const base = char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
  return /^[a-z0-9]+$/.test(base) ? base : ' '
}

/** The folded form of a text, with single spaces between words. */
export function foldForSearch(text: string): string {
  let folded = ''
  for (const char of text) folded += foldChar(char)
  return folded.replace(/ +/g, ' ').trim()
}

/** The words of a folded text. */
export function searchTokens(text: string): string[] {
  const folded = foldForSearch(text)
  return folded ? folded.split(' ') : []
}
