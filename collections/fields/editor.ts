import { lexicalEditor, UploadFeature } from '@payloadcms/richtext-lexical'

import { withSafeLinks } from '../../lib/richText/linkFeature'

/** The rich-text editor of articles and pages. */
export const portalEditor = lexicalEditor({
  features: ({ defaultFeatures }) => [
    ...withSafeLinks(defaultFeatures).filter((feature) => feature.key !== 'upload'),
    // The credit comes from the media item; the caption belongs to this placement of the image.
    UploadFeature({
      collections: { media: { fields: [{ name: 'caption', type: 'text', label: 'Podpis pod zdjęciem' }] } },
    }),
  ],
})
