import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import type { ArticleBlock } from './articleBlocks'

const base = { direction: 'ltr' as const, format: '' as const, indent: 0, version: 1 }

const textNode = (text: string) => ({
  type: 'text',
  text,
  format: 0,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

function nodeFor(block: ArticleBlock) {
  switch (block.type) {
    case 'paragraph':
      return { ...base, type: 'paragraph', textFormat: 0, textStyle: '', children: [textNode(block.text)] }
    case 'heading':
      return { ...base, type: 'heading', tag: 'h2', children: [textNode(block.text)] }
    case 'list':
      return {
        ...base,
        type: 'list',
        listType: 'bullet',
        tag: 'ul',
        start: 1,
        children: block.items.map((item, i) => ({
          ...base,
          type: 'listitem',
          value: i + 1,
          children: [textNode(item)],
        })),
      }
  }
}

/** Lexical rich-text state for a sequence of paragraphs, h2 headings and bulleted lists. */
export function toLexical(blocks: ArticleBlock[]): SerializedEditorState {
  return {
    root: { ...base, type: 'root', children: blocks.map(nodeFor) },
  } as unknown as SerializedEditorState
}
