import { foldChar } from './fold'

export type SnippetPart = { text: string; match: boolean }

const CONTEXT = 90

/**
 * A short excerpt of `text` around the first place where one of the folded tokens
 * occurs, split into parts so that the page can mark the matches (<mark>) without
 * ever rendering markup from the text or the query.
 */
export function buildSnippet(text: string, tokens: string[], length = 2 * CONTEXT): SnippetPart[] {
  const chars = Array.from(text)
  // folded[i] is the folded form of chars[i] (one character → one or more letters, or a space)
  const folded = chars.map(foldChar)
  const flat: number[] = [] // position in the folded string → index of the source character
  let foldedText = ''
  folded.forEach((f, i) => {
    for (let k = 0; k < f.length; k++) flat.push(i)
    foldedText += f
  })

  const ranges: Array<[number, number]> = []
  for (const token of tokens) {
    let from = 0
    for (;;) {
      const at = foldedText.indexOf(token, from)
      if (at < 0) break
      // mark the whole word the stem starts, as the reader wrote it
      let end = at + token.length
      while (end < foldedText.length && foldedText[end] !== ' ') end++
      ranges.push([flat[at], flat[end - 1] + 1])
      from = at + token.length
    }
  }
  ranges.sort((a, b) => a[0] - b[0])

  const first = ranges[0]?.[0] ?? 0
  let start = Math.max(0, first - CONTEXT)
  if (start > 0) {
    const space = chars.indexOf(' ', start)
    if (space >= 0 && space < first) start = space + 1
  }
  let end = Math.min(chars.length, start + length)
  if (end < chars.length) {
    const space = chars.lastIndexOf(' ', end)
    if (space > first) end = space
  }

  const marked = new Array<boolean>(chars.length).fill(false)
  for (const [a, b] of ranges) for (let i = a; i < b; i++) marked[i] = true

  const parts: SnippetPart[] = []
  if (start > 0) parts.push({ text: '… ', match: false })
  for (let i = start; i < end; i++) {
    const last = parts[parts.length - 1]
    if (last && last.match === marked[i]) last.text += chars[i]
    else parts.push({ text: chars[i], match: marked[i] })
  }
  if (end < chars.length) parts.push({ text: ' …', match: false })
  return parts
}
