import { FixedToolbarFeature, HeadingFeature, lexicalEditor, UploadFeature } from '@payloadcms/richtext-lexical'

import { withSafeLinks } from '../../lib/richText/linkFeature'

/**
 * The rich-text editor of articles and pages: a toolbar always in view (the selection pop-up
 * alone is hard to find), headings 2-4 only (the page title is the one h1 and the article
 * structure needs no more than three levels), and images with a caption of their own.
 */
export const portalEditor = lexicalEditor({
  features: ({ defaultFeatures }) => [
    ...withSafeLinks(defaultFeatures).filter((feature) => feature.key !== 'upload' && feature.key !== 'heading'),
    HeadingFeature({ enabledHeadingSizes: ['h2', 'h3', 'h4'] }),
    FixedToolbarFeature(),
    // The credit comes from the media item; the caption belongs to this placement of the image.
    UploadFeature({
      collections: { media: { fields: [{ name: 'caption', type: 'text', label: 'Podpis pod zdjęciem' }] } },
    }),
  ],
})
