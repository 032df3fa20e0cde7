import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'

import { articlesRss } from '@/lib/feeds/articlesFeed'
import { newsSitemapXml } from '@/lib/feeds/newsSitemap'
import { xmlText } from '@/lib/feeds/xmlText'
import type { Article, Category } from '@/payload-types'

// What an author can type into a title, a lead, a category or the author field.
const HOSTILE = [
  'a ]]> b ]]></title><link>https://evil.example/phish</link><title>x',
  ']]>]]>]]>',
  '<![CDATA[ x ]]>',
  'Tom & Jerry &amp; &lt;b&gt; <script>alert(1)</script> "cudzysłów" \'apostrof\'',
  'sterujące:\u0000\u0001\u0007\u0008\u000B\u000C\u001B\u007F\uFFFE\uFFFF koniec',
  'emoji 🎉🏛️ i znaki zastępcze \uD800 \uDC00 osobno',
  'zażółć gęślą jaźń — „cytat” · ½',
]

const category = (title: string): Category => ({ id: 1, title, slug: 'kategoria', updatedAt: '', createdAt: '' }) as Category

const article = (text: string, i: number): Article =>
  ({
    id: i + 1,
    title: text,
    lead: `Lead: ${text}`,
    slug: `artykul-${i}`,
    author: `Autor ${text}`,
    categories: [category(`Kategoria ${text}`)],
    publishedAt: '2026-12-01T10:00:00.000Z',
    createdAt: '2026-12-01T10:00:00.000Z',
    updatedAt: '2026-12-01T10:00:00.000Z',
  }) as Article

const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false, isArray: (name) => ['item', 'url', 'category'].includes(name) })

/** Strictly checked, then parsed back. */
function parse(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true)
  return parser.parse(xml)
}

describe('feeds stay well-formed for any text an author can type', () => {
  it('RSS: titles, leads, categories and authors come back as typed, minus characters XML forbids', () => {
    const articles = HOSTILE.map(article)
    const xml = articlesRss({ title: `Kanał ${HOSTILE[0]}`, description: HOSTILE[3], path: '/aktualnosci', feedPath: '/rss.xml', articles })
    expect(xml).not.toContain('evil.example/phish</link>')
    const { rss } = parse(xml)
    expect(rss.channel.title).toBe(`Kanał ${HOSTILE[0]}`)
    expect(rss.channel.item).toHaveLength(HOSTILE.length)
    rss.channel.item.forEach((item: Record<string, any>, i: number) => {
      const typed = xmlText(HOSTILE[i])
      expect(item.title).toBe(typed)
      expect(item.description).toBe(`Lead: ${typed}`)
      expect(item.category).toEqual([`Kategoria ${typed}`])
      expect(item['dc:creator']).toBe(`Autor ${typed}`)
      expect(item.link).toBe(item.guid['#text'])
      expect(item.link).toMatch(/^http:\/\/[^/]+\/aktualnosci\/artykul-\d$/)
    })
  })

  it('the news sitemap too', () => {
    const { urlset } = parse(newsSitemapXml(HOSTILE.map(article)))
    urlset.url.forEach((url: Record<string, any>, i: number) => expect(url['news:news']['news:title']).toBe(xmlText(HOSTILE[i])))
  })

  it('only the characters XML 1.0 forbids are removed', () => {
    expect(xmlText('a\u0000b\u001Fc\uFFFEd\uD800e')).toBe('abcde')
    expect(xmlText('tab\tnl\ncr\r 🎉 ąę € \uE000')).toBe('tab\tnl\ncr\r 🎉 ąę € \uE000')
  })
})
