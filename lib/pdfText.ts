/**
 * Joins text copied from a PDF into running prose: a line break inside a paragraph
 * is a space, except after a hyphen that splits a compound across lines
 * ("społeczno-\nkulturalnego" → "społeczno-kulturalnego"); runs of whitespace become
 * one space. The en dash (–) is never a line-end hyphen and keeps its spaces.
 */
export function joinPdfLines(raw: string): string {
  let text = ''
  for (const line of raw.replace(/\r\n?/g, '\n').split('\n')) {
    const trimmed = line.trim()
    if (!trimmed) continue
    text += text === '' || text.endsWith('-') ? trimmed : ` ${trimmed}`
  }
  return text.replace(/\s+/g, ' ').trim()
}
