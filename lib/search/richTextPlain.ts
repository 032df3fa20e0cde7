type LexicalNode = { type?: string; text?: string; children?: LexicalNode[] }

/** The words of a Lexical rich-text value, block by block, for the search index. */
export function richTextPlain(value: unknown): string {
  const root = (value as { root?: LexicalNode } | null | undefined)?.root
  if (!root) return ''
  const blocks: string[] = []
  const inline = (node: LexicalNode): string =>
    node.type === 'linebreak' ? ' ' : (node.text ?? (node.children ?? []).map(inline).join(''))
  const walk = (node: LexicalNode) => {
    const children = node.children ?? []
    // a block whose children are text is one piece of running text; a list or the root holds blocks
    if (children.some((c) => c.type === 'text' || c.type === 'link' || c.type === 'linebreak')) blocks.push(inline(node))
    else children.forEach(walk)
  }
  walk(root)
  return blocks.map((b) => b.trim()).filter(Boolean).join(' ')
}
