import { z } from 'zod'

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'data w formacie RRRR-MM-DD')
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
const count = z.number().int().min(0)
const key = z.string().min(1)

const blockSpec = z.discriminatedUnion('type', [
  z.object({ type: z.literal('paragraph'), startsWith: z.string().min(1) }),
  z.object({ type: z.literal('heading'), text: z.string().min(1) }),
  z.object({ type: z.literal('list'), itemsStartWith: z.array(z.string().min(1)).min(1) }),
])
export type BlockSpec = z.infer<typeof blockSpec>

export const seedFactsSchema = z.object({
  category: z.object({ title: z.string().min(1), slug, description: z.string() }),
  people: z.array(z.object({ key, name: z.string().min(1), slug, position: z.string() })),
  organisations: z.array(
    z.object({
      key,
      name: z.string().min(1),
      shortName: z.string().optional(),
      slug,
      classification: z.enum(['municipality', 'council', 'association', 'other']),
      parent: key.optional(),
      description: z.string(),
      memberCount: count.optional(),
      memberCountDate: isoDate.optional(),
      seats: z.number().int().positive().optional(),
    }),
  ),
  session: z.object({
    key,
    name: z.string().min(1),
    slug,
    body: key,
    startDate: isoDate,
    startDatePrecision: z.enum(['time', 'day', 'month']),
    status: z.enum(['planned', 'held', 'cancelled', 'moved']),
    agenda: z.array(z.object({ title: z.string().min(1), vote: z.boolean().optional() })).min(1),
  }),
  vote: z.object({
    title: z.string().min(1),
    slug,
    organization: key,
    session: key,
    startDate: isoDate,
    startDatePrecision: z.enum(['day', 'month']),
    motion: z.string().min(1),
    counts: z.object({ yes: count, no: count, abstain: count, absent: count }),
    majorityRule: z.enum(['simple', 'absolute-of-votes', 'absolute-of-seats']),
  }),
  memberships: z.array(
    z.object({
      member: key,
      organization: key,
      role: z.string(),
      startDate: isoDate,
      decision: z.object({
        text: z.string().min(1),
        date: isoDate,
        unanimity: z.enum(['unanimous', 'majority', 'unknown']),
      }),
      vote: z.boolean().optional(),
      representative: key.optional(),
    }),
  ),
  article: z.object({
    title: z.string().min(1),
    slug,
    publishedOn: isoDate,
    author: z.string().min(1),
    relatedOrganisations: z.array(key),
    source: z.string().regex(/^[\w.-]+\.txt$/),
    lead: z.string().min(1),
    body: z.array(blockSpec).min(1),
  }),
  redirect: z.object({ from: z.string().startsWith('/'), to: z.string().startsWith('/') }),
})

export type SeedFacts = z.infer<typeof seedFactsSchema>
