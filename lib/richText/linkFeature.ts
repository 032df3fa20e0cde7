import { type FeatureProviderServer, LinkFeature } from '@payloadcms/richtext-lexical'
import type { FieldAffectingData, TextFieldSingleValidation } from 'payload'

import { isSafeHref, UNSAFE_LINK_MESSAGE } from './safeHref'

const validateUrl: TextFieldSingleValidation = (value, { siblingData }) => {
  // An internal link points at a document, not at a URL.
  if ((siblingData as { linkType?: string }).linkType === 'internal') return true
  if (typeof value !== 'string' || value.trim() === '') return 'Podaj adres linku.'
  return isSafeHref(value) ? true : UNSAFE_LINK_MESSAGE
}

/** Lexical's link feature whose URL accepts safe schemes only, with a Polish error in the link drawer. */
export const safeLinkFeature = LinkFeature({
  fields: ({ defaultFields }) =>
    defaultFields.map((field): FieldAffectingData =>
      field.name === 'url' && field.type === 'text' && !field.hasMany ? { ...field, validate: validateUrl } : field,
    ),
})

/** The editor's default features with the link feature replaced, in its place, by the safe one. */
export function withSafeLinks(features: FeatureProviderServer<any, any, any>[]): FeatureProviderServer<any, any, any>[] {
  return features.map((feature) => (feature.key === 'link' ? safeLinkFeature : feature))
}
