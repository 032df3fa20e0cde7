import { joinPdfLines } from '../lib/pdfText'
import type { BlockSpec } from './schema'

export type ArticleBlock =
  | { type: 'paragraph'; text: string }
  | { type: 'heading'; text: string }
  | { type: 'list'; items: string[] }

export class ArticleStructureError extends Error {}

/**
 * Cuts the source text into the lead and the body blocks the spec describes. Each
 * block starts where its marker is found; nothing of the text is dropped or added.
 */
export function splitArticle(raw: string, leadStartsWith: string, spec: BlockSpec[]) {
  const text = joinPdfLines(raw)
  const markers = [leadStartsWith, ...spec.flatMap(markersOf)]
  const starts: number[] = []
  let from = 0
  for (const marker of markers) {
    const at = text.indexOf(marker, from)
    if (at < 0) throw new ArticleStructureError(`nie znaleziono w tekście początku fragmentu: „${marker}”`)
    starts.push(at)
    from = at + marker.length
  }
  if (starts[0] !== 0) throw new ArticleStructureError('tekst nie zaczyna się od leadu')
  const pieces = starts.map((start, i) => text.slice(start, starts[i + 1] ?? text.length).trim())

  const [lead, ...rest] = pieces
  const blocks: ArticleBlock[] = []
  for (const block of spec) {
    if (block.type === 'list') blocks.push({ type: 'list', items: rest.splice(0, block.itemsStartWith.length) })
    else blocks.push({ type: block.type, text: rest.shift() as string })
  }
  return { lead, blocks }
}

function markersOf(block: BlockSpec): string[] {
  if (block.type === 'list') return block.itemsStartWith
  return [block.type === 'heading' ? block.text : block.startsWith]
}
