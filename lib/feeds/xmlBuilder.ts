import { XMLBuilder } from 'fast-xml-parser'

/**
 * The portal's XML writer (feeds and sitemaps): text and attributes are escaped (`&`, `<`,
 * `>`, quotes), never wrapped in CDATA, so no text an author types can end an element.
 */
export const xmlBuilder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  format: true,
  suppressEmptyNode: true,
  processEntities: true,
  // isPermaLink="true" must stay an attribute with a value: XML has no bare attributes.
  suppressBooleanAttributes: false,
})

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n'
