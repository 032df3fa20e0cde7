import type { SerializedUploadNode } from '@payloadcms/richtext-lexical'
import type { JSXConverters } from '@payloadcms/richtext-lexical/react'

import type { Media } from '@/payload-types'

import { MediaFigure } from './MediaFigure'

type UploadNodeFields = { caption?: string | null }

/**
 * Images placed in rich text render like the hero image (responsive sizes, width and height,
 * lazy loading, caption and credit) instead of Lexical's default full-size <picture>.
 * Other files become a link with their name.
 */
export const uploadConverter: JSXConverters<SerializedUploadNode> = {
  upload: ({ node }) => {
    if (typeof node.value !== 'object' || node.value === null) return null
    const media = node.value as unknown as Media
    if (!media.url) return null
    if (!media.mimeType?.startsWith('image/')) return <a href={media.url}>{media.filename}</a>
    const fields = (node.fields ?? {}) as UploadNodeFields
    return <MediaFigure media={media} caption={fields.caption} />
  },
}
