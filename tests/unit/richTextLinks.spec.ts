import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { RichText } from '@/components/RichText'
import { SiteFooter } from '@/components/SiteFooter'
import { isSafeHref } from '@/lib/richText/safeHref'
import { paragraphWithLink } from '../lexicalLink'

const UNSAFE = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  ' \u0001javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'DATA:text/html;base64,PHNjcmlwdD4=',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'blob:https://portal/x',
]
const SAFE = ['https://www.gov.pl/', 'http://example.org/a?b=c#d', 'mailto:urzad@konstancinjeziorna.pl', 'tel:+48227564000', '/aktualnosci', '#tresc', 'strona', '?q=1', '//example.org/x']


const render = (type: 'link' | 'autolink', url: string) =>
  renderToStaticMarkup(createElement(RichText, { data: paragraphWithLink(type, url) as never }))

describe('rich-text links', () => {
  it.each(UNSAFE)('%j is refused, and shown as plain text when stored', (url) => {
    expect(isSafeHref(url)).toBe(false)
    for (const type of ['link', 'autolink'] as const) {
      const html = render(type, url)
      expect(html).toContain('kliknij')
      expect(html).not.toContain('<a')
    }
  })

  it.each(SAFE)('%j is a link', (url) => {
    expect(isSafeHref(url)).toBe(true)
    expect(render('link', url)).toContain('<a href=')
  })
})

describe('footer links in the site settings', () => {
  it('an unsafe stored link is shown as text, a safe one as a link', () => {
    const html = renderToStaticMarkup(
      createElement(SiteFooter, {
        settings: {
          municipality: 'Gmina',
          footerLinks: [
            { id: '1', label: 'Zły', url: 'data:text/html,<script>alert(1)</script>' },
            { id: '2', label: 'BIP', url: 'https://bip.example.pl/' },
          ],
        },
      }),
    )
    expect(html).not.toContain('data:text')
    expect(html).toContain('Zły')
    expect(html).toContain('<a href="https://bip.example.pl/">BIP</a>')
  })
})
