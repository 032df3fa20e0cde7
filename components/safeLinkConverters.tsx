import type { SerializedAutoLinkNode, SerializedLinkNode } from '@payloadcms/richtext-lexical'
import type { JSXConverter, JSXConverterArgs, JSXConverters } from '@payloadcms/richtext-lexical/react'

import { isSafeHref } from '@/lib/richText/safeHref'


/** Renders a link as its plain text when its href is unsafe; otherwise as `render` does. */
const guarded =
  (render: JSXConverter<any> | undefined) =>
  <Node extends SerializedLinkNode | SerializedAutoLinkNode>(args: JSXConverterArgs<Node>) => {
    const { node, nodesToJSX } = args
    if (node.fields.linkType !== 'internal' && !isSafeHref(node.fields.url ?? '')) {
      return <span>{nodesToJSX({ nodes: node.children })}</span>
    }
    return typeof render === 'function' ? render(args) : render
  }

/**
 * Links of stored rich text, checked again when rendered: text saved before the editor
 * refused unsafe schemes (or written through the local API) must not put `data:` or
 * `vbscript:` in an href.
 */
export function safeLinkConverters(defaults: JSXConverters): Pick<JSXConverters, 'link' | 'autolink'> {
  return { link: guarded(defaults.link), autolink: guarded(defaults.autolink) }
}
