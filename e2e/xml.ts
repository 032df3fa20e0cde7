import { expect } from '@playwright/test'
import { XMLParser, XMLValidator } from 'fast-xml-parser'

const LISTS = new Set(['rss.channel.item', 'urlset.url'])

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  isArray: (_name, jpath) => LISTS.has(String(jpath)),
})

/** Parses an XML document after checking that it is well-formed. */
export function parseXml(text: string): Record<string, any> {
  expect(XMLValidator.validate(text)).toBe(true)
  return parser.parse(text)
}
