import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { ArticleStructureError, splitArticle } from '@/seed/articleBlocks'
import { seedFactsSchema } from '@/seed/schema'

const facts = JSON.parse(readFileSync('seed/content/zmp-facts.json', 'utf8'))

describe('seed input is validated before anything is written', () => {
  it('accepts the committed facts', () => {
    expect(seedFactsSchema.safeParse(facts).success).toBe(true)
  })

  it('refuses a negative or fractional count and a malformed date', () => {
    const negative = structuredClone(facts)
    negative.vote.counts.no = -5
    expect(seedFactsSchema.safeParse(negative).error?.issues[0].path).toEqual(['vote', 'counts', 'no'])
    const fractional = structuredClone(facts)
    fractional.vote.counts.yes = 10.5
    expect(seedFactsSchema.safeParse(fractional).success).toBe(false)
    const badDate = structuredClone(facts)
    badDate.article.publishedOn = '2.12.2024'
    expect(seedFactsSchema.safeParse(badDate).error?.issues[0].path).toEqual(['article', 'publishedOn'])
  })

  it('refuses a source text that does not have the described structure', () => {
    expect(() => splitArticle('Inny tekst bez nagłówków.', facts.article.lead, facts.article.body)).toThrow(
      ArticleStructureError,
    )
  })
})
