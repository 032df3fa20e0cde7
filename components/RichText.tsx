import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { RichText as LexicalRichText } from '@payloadcms/richtext-lexical/react'

import { uploadConverter } from './RichTextUpload'
import { safeLinkConverters } from './safeLinkConverters'

export function RichText({ data }: { data: SerializedEditorState | null | undefined }) {
  if (!data) return null
  return (
    <LexicalRichText
      data={data}
      className="prose"
      disableContainer={false}
      converters={({ defaultConverters }) => ({ ...defaultConverters, ...safeLinkConverters(defaultConverters), ...uploadConverter })}
    />
  )
}
