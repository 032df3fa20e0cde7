import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import {
  type CollectionSlug,
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
  type Where,
} from 'payload'

import { reindexAll } from '../collections/SearchIndex/reindex'
import { warsawMidnight } from '../lib/dates'
import { convertSessionLabels } from '../lib/sessions/convertSessionLabels'
import { splitArticle } from './articleBlocks'
import { toLexical } from './lexical'
import { OFFICE } from './office'
import { type SeedFacts, seedFactsSchema } from './schema'

const contentDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'content')

export type AdminAccount = { email: string; password: string }

export type SeedReport = { created: string[]; unchanged: string[] }

/** Reads and validates the seed files; throws a ZodError or ArticleStructureError on bad input. */
export function loadSeedContent() {
  const facts = seedFactsSchema.parse(JSON.parse(readFileSync(path.join(contentDir, 'zmp-facts.json'), 'utf8')))
  const source = readFileSync(path.join(contentDir, facts.article.source), 'utf8')
  const article = splitArticle(source, facts.article.lead, facts.article.body)
  return { facts, article }
}

/**
 * Loads the ZMP accession article and the facts it states. Idempotent: a record that
 * exists (matched by slug, path or e-mail) is left as it is, so a second run changes
 * nothing. Runs in one transaction: a failure leaves the database as it was.
 */
export async function seed(payload: Payload, admin: AdminAccount): Promise<SeedReport> {
  const { facts, article } = loadSeedContent()
  const req = await createLocalReq({ context: { disableRevalidate: true } }, payload)
  const report: SeedReport = { created: [], unchanged: [] }
  await initTransaction(req)
  try {
    await writeAll(payload, req, facts, article, admin, report)
    await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    throw error
  }
  return report
}

async function writeAll(
  payload: Payload,
  req: PayloadRequest,
  facts: SeedFacts,
  article: ReturnType<typeof splitArticle>,
  admin: AdminAccount,
  report: SeedReport,
) {
  const ensure = async (collection: CollectionSlug, label: string, where: Where, data: Record<string, unknown>) => {
    const found = await payload.find({ collection, where, limit: 1, depth: 0, req, overrideAccess: true })
    if (found.docs[0]) {
      report.unchanged.push(label)
      return found.docs[0].id
    }
    const created = await payload.create({ collection, data, req, overrideAccess: true, depth: 0 } as never)
    report.created.push(label)
    return (created as { id: number | string }).id
  }
  const bySlug = (slug: string): Where => ({ slug: { equals: slug } })

  const ids = new Map<string, number | string>()
  const idOf = (key: string) => {
    const id = ids.get(key)
    if (id === undefined) throw new Error(`seed: nieznany klucz „${key}”`)
    return id
  }

  await ensure('users', `użytkownik ${admin.email}`, { email: { equals: admin.email } }, {
    email: admin.email,
    password: admin.password,
    name: 'Administrator portalu',
    role: 'admin',
  })

  const categoryId = await ensure('categories', `kategoria ${facts.category.title}`, bySlug(facts.category.slug), facts.category)

  for (const person of facts.people) {
    const { key, ...data } = person
    ids.set(key, await ensure('people', `osoba ${person.name}`, bySlug(person.slug), data))
  }

  for (const org of facts.organisations) {
    const { key, parent, memberCountDate, ...data } = org
    ids.set(
      key,
      await ensure('organisations', `organizacja ${org.name}`, bySlug(org.slug), {
        ...data,
        parent: parent ? idOf(parent) : undefined,
        memberCountDate: memberCountDate ? warsawMidnight(memberCountDate) : undefined,
      }),
    )
  }

  // Legacy votes (before sessions were records) get their sessions first, so that the
  // seeded session below is found rather than made twice (MongoDB has no SQL migration).
  const conversion = await convertSessionLabels(payload, req)
  for (const name of conversion.sessionsCreated) report.created.push(`sesja ${name} (z opisu głosowania)`)

  const { key: sessionKey, body, startDate: sessionStart, agenda, ...session } = facts.session
  const sessionId = await ensure('sessions', `sesja ${session.name}`, bySlug(session.slug), {
    ...session,
    body: idOf(body),
    startDate: warsawMidnight(sessionStart),
  })
  ids.set(sessionKey, sessionId)

  const { organization, startDate, session: voteSession, ...vote } = facts.vote
  const voteId = await ensure('votes', `głosowanie ${vote.title}`, bySlug(vote.slug), {
    ...vote,
    organization: idOf(organization),
    session: idOf(voteSession),
    startDate: warsawMidnight(startDate),
    _status: 'published',
  })

  const seededSession = await payload.findByID({ collection: 'sessions', id: sessionId, depth: 0, req, overrideAccess: true })
  if (!seededSession.agenda?.length) {
    await payload.update({
      collection: 'sessions',
      id: sessionId,
      data: { agenda: agenda.map((item) => ({ title: item.title, vote: item.vote ? (voteId as number) : undefined })) },
      req,
      overrideAccess: true,
      depth: 0,
    })
    report.created.push(`porządek obrad: ${session.name}`)
  }

  const nameOf = (key: string) => facts.organisations.find((o) => o.key === key)?.name ?? key
  for (const m of facts.memberships) {
    const memberId = idOf(m.member)
    const organisationId = idOf(m.organization)
    await ensure(
      'memberships',
      `członkostwo ${nameOf(m.member)} → ${nameOf(m.organization)}`,
      {
        and: [
          { 'member.relationTo': { equals: 'organisations' } },
          { 'member.value': { equals: memberId } },
          { organization: { equals: organisationId } },
        ],
      },
      {
        member: { relationTo: 'organisations', value: memberId },
        organization: organisationId,
        role: m.role,
        startDate: warsawMidnight(m.startDate),
        decision: { ...m.decision, date: warsawMidnight(m.decision.date) },
        vote: m.vote ? voteId : undefined,
        representative: m.representative ? idOf(m.representative) : undefined,
      },
    )
  }

  const a = facts.article
  await ensure('articles', `artykuł ${a.title}`, bySlug(a.slug), {
    title: a.title,
    slug: a.slug,
    lead: article.lead,
    body: toLexical(article.blocks),
    author: a.author,
    publishedAt: warsawMidnight(a.publishedOn),
    categories: [categoryId],
    relatedVotes: [voteId],
    relatedOrganisations: a.relatedOrganisations.map(idOf),
    _status: 'published',
  })

  await ensure('redirects', `przekierowanie ${facts.redirect.from}`, { from: { equals: facts.redirect.from } }, facts.redirect)

  await ensureOfficeAddress(payload, req, report)

  const index = await reindexAll(req)
  for (const source of [...index.created, ...index.updated, ...index.deleted]) report.created.push(`wpis wyszukiwarki ${source}`)
  report.unchanged.push(`indeks wyszukiwarki: ${index.unchanged.length} wpisów`)
}

/** The office's name and address in the site settings, unless the administrator has already given any of them. */
async function ensureOfficeAddress(payload: Payload, req: PayloadRequest, report: SeedReport) {
  const label = 'ustawienia: nazwa i adres urzędu'
  const { office } = await payload.findGlobal({ slug: 'site-settings', depth: 0, req, overrideAccess: true })
  if (office?.name || office?.street || office?.postalCode || office?.town) {
    report.unchanged.push(label)
    return
  }
  await payload.updateGlobal({ slug: 'site-settings', data: { office: { ...office, ...OFFICE } }, req, overrideAccess: true, depth: 0 })
  report.created.push(label)
}
