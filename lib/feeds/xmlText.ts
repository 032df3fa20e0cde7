// Characters XML 1.0 forbids anywhere in a document (https://www.w3.org/TR/xml/#charsets):
// C0 controls other than tab, line feed and carriage return, U+FFFE, U+FFFF and unpaired
// surrogates. An author can paste any of them; a strict parser refuses the whole feed.
const NOT_XML_CHARACTER = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

/** Text an author typed, made safe to put in an XML document; the XML builder escapes `<`, `&` and `>`. */
export function xmlText(text: string): string {
  return text.replace(NOT_XML_CHARACTER, '')
}
