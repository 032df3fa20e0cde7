import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'

import { describeDb, startTestPayload } from './testPayload'

type Role = 'anonymous' | 'author' | 'editor' | 'admin'
type Id = number | string
type Operation = 'create' | 'read' | 'update' | 'delete' | 'publish'

/** True when Payload let the operation through; false when access control refused it. */
async function allowed(operation: Promise<unknown>): Promise<boolean> {
  try {
    await operation
    return true
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 403 || status === 404 || status === 401) return false
    throw error
  }
}

const ROLES: Role[] = ['anonymous', 'author', 'editor', 'admin']

/** What each role may do with content that has drafts: articles, pages, council votes. */
const CONTENT: Record<Role, Record<Operation, boolean>> = {
  anonymous: { create: false, read: false, update: false, delete: false, publish: false },
  author: { create: true, read: true, update: true, delete: false, publish: false },
  editor: { create: true, read: true, update: true, delete: true, publish: true },
  admin: { create: true, read: true, update: true, delete: true, publish: true },
}

/** Reference data (organisations, people, memberships, categories, redirects): everyone reads, editors write. */
const REFERENCE: Record<Role, Record<Exclude<Operation, 'publish'>, boolean>> = {
  anonymous: { create: false, read: true, update: false, delete: false },
  author: { create: false, read: true, update: false, delete: false },
  editor: { create: true, read: true, update: true, delete: true },
  admin: { create: true, read: true, update: true, delete: true },
}

describeDb('roles: role × collection × create/read/update/delete/publish, through the local API with access control', () => {
  let payload: Payload
  let close: () => Promise<void>
  const users = {} as Record<Exclude<Role, 'anonymous'>, User> & { otherAuthor: User }
  let councilId: Id
  let personId: Id
  let counter = 0

  const as = (role: Role) => ({ overrideAccess: false, user: role === 'anonymous' ? null : users[role] }) as const
  const unique = () => `${Date.now()}-${++counter}`

  const contentData: Record<'articles' | 'pages' | 'votes', () => Record<string, unknown>> = {
    articles: () => ({ title: `Artykuł ${unique()}`, lead: 'Lead' }),
    pages: () => ({ title: `Strona ${unique()}` }),
    votes: () => ({
      title: `Głosowanie ${unique()}`,
      organization: councilId,
      startDate: '2024-10-30T00:00:00.000Z',
      motion: 'Wniosek',
      counts: { yes: 11, no: 5, abstain: 3, absent: 2 },
    }),
  }
  const referenceData: Record<string, () => Record<string, unknown>> = {
    organisations: () => ({ name: `Organizacja ${unique()}`, classification: 'other' }),
    people: () => ({ name: `Osoba ${unique()}` }),
    categories: () => ({ title: `Kategoria ${unique()}` }),
    redirects: () => ({ from: `/stary-adres-${unique()}`, to: '/aktualnosci' }),
    memberships: () => ({ member: { relationTo: 'people', value: personId }, organization: councilId }),
  }
  const referenceChange: Record<string, Record<string, unknown>> = {
    organisations: { name: 'Zmieniona nazwa' },
    people: { name: 'Zmienione nazwisko' },
    categories: { title: 'Zmieniona kategoria' },
    redirects: { to: '/glosowania' },
    memberships: { role: 'przewodniczący' },
  }

  /** A document made by the test itself (access control off), owned by `owner`. */
  const existing = async (collection: CollectionSlug, data: Record<string, unknown>, owner?: User) =>
    (
      await payload.create({
        collection,
        data: { ...data, ...(owner ? { createdBy: owner.id } : {}) } as never,
        overrideAccess: true,
        context: { disableRevalidate: true },
      })
    ).id as Id

  beforeAll(async () => {
    ;({ payload, close } = await startTestPayload())
    const makeUser = async (role: 'admin' | 'editor' | 'author', name: string) =>
      (await payload.create({
        collection: 'users',
        data: { email: `${name}@konstancin-jeziorna.example`, password: 'haslo-testowe-123', name, role },
        overrideAccess: true,
      })) as User
    users.admin = await makeUser('admin', 'admin')
    users.editor = await makeUser('editor', 'redaktor')
    users.author = await makeUser('author', 'autorka')
    users.otherAuthor = await makeUser('author', 'inny-autor')
    councilId = await existing('organisations', { name: 'Rada Miejska', classification: 'council', seats: 21 })
    personId = await existing('people', { name: 'Jan Radny' })
  })
  afterAll(() => close())

  for (const collection of ['articles', 'pages', 'votes'] as const) {
    describe(collection, () => {
      for (const role of ROLES) {
        const may = CONTENT[role]

        it(`${role}: create a draft ${may.create ? 'allowed' : 'refused'}`, async () => {
          const write = payload.create({ collection, data: { ...contentData[collection](), _status: 'draft' } as never, ...as(role) })
          expect(await allowed(write)).toBe(may.create)
        })

        it(`${role}: read own draft ${may.read ? 'allowed' : 'refused'}, others' drafts only for editors`, async () => {
          const owner = role === 'anonymous' ? undefined : users[role]
          const own = await existing(collection, { ...contentData[collection](), _status: 'draft' }, owner)
          const others = await existing(collection, { ...contentData[collection](), _status: 'draft' }, users.otherAuthor)
          const published = await existing(collection, { ...contentData[collection](), _status: 'published' }, users.editor)
          expect(await allowed(payload.findByID({ collection, id: own, ...as(role) }))).toBe(may.read)
          expect(await allowed(payload.findByID({ collection, id: others, ...as(role) }))).toBe(may.publish)
          expect(await allowed(payload.findByID({ collection, id: published, ...as(role) }))).toBe(true)
        })

        it(`${role}: update own draft ${may.update ? 'allowed' : 'refused'}; others' and published ones only for editors`, async () => {
          const owner = role === 'anonymous' ? undefined : users[role]
          const own = await existing(collection, { ...contentData[collection](), _status: 'draft' }, owner)
          const others = await existing(collection, { ...contentData[collection](), _status: 'draft' }, users.otherAuthor)
          const published = await existing(collection, { ...contentData[collection](), _status: 'published' }, owner)
          const edit = (id: Id) => payload.update({ collection, id, data: { title: 'Nowy tytuł' } as never, ...as(role) })
          expect(await allowed(edit(own))).toBe(may.update)
          expect(await allowed(edit(others))).toBe(may.publish)
          expect(await allowed(edit(published))).toBe(may.publish)
        })

        it(`${role}: publish ${may.publish ? 'allowed' : 'refused'}`, async () => {
          const owner = role === 'anonymous' ? undefined : users[role]
          const own = await existing(collection, { ...contentData[collection](), _status: 'draft' }, owner)
          const publish = payload.update({ collection, id: own, data: { _status: 'published' } as never, ...as(role) })
          expect(await allowed(publish)).toBe(may.publish)
          const stored = await payload.findByID({ collection, id: own, overrideAccess: true })
          expect(stored._status).toBe(may.publish ? 'published' : 'draft')
          const createPublished = payload.create({
            collection,
            data: { ...contentData[collection](), _status: 'published' } as never,
            ...as(role),
          })
          expect(await allowed(createPublished)).toBe(may.publish)
        })

        it(`${role}: delete ${may.delete ? 'allowed' : 'refused'}`, async () => {
          const owner = role === 'anonymous' ? undefined : users[role]
          const own = await existing(collection, { ...contentData[collection](), _status: 'draft' }, owner)
          expect(await allowed(payload.delete({ collection, id: own, ...as(role) }))).toBe(may.delete)
        })
      }
    })
  }

  for (const collection of Object.keys(referenceData) as CollectionSlug[]) {
    describe(collection, () => {
      for (const role of ROLES) {
        const may = REFERENCE[role]
        it(`${role}: create ${may.create}, read ${may.read}, update ${may.update}, delete ${may.delete}`, async () => {
          const create = payload.create({ collection, data: referenceData[collection]() as never, ...as(role) })
          expect(await allowed(create)).toBe(may.create)
          const id = await existing(collection, referenceData[collection]())
          expect(await allowed(payload.findByID({ collection, id, ...as(role) }))).toBe(may.read)
          const update = payload.update({ collection, id, data: referenceChange[collection] as never, ...as(role) })
          expect(await allowed(update)).toBe(may.update)
          expect(await allowed(payload.delete({ collection, id, ...as(role) }))).toBe(may.delete)
        })
      }
    })
  }

  describe('media', () => {
    const image = () => ({
      data: Buffer.from(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
        'base64',
      ),
      mimetype: 'image/png',
      name: `piksel-${unique()}.png`,
      size: 70,
    })
    const upload = (role: Role) =>
      payload.create({ collection: 'media', data: { alt: 'Piksel' }, file: image(), ...as(role) })

    for (const role of ROLES) {
      const signedIn = role !== 'anonymous'
      const editor = role === 'editor' || role === 'admin'
      it(`${role}: upload ${signedIn}, change own ${signedIn}, change others' ${editor}, delete ${editor}, read true`, async () => {
        expect(await allowed(upload(role))).toBe(signedIn)
        const others = (await payload.create({ collection: 'media', data: { alt: 'Cudzy', createdBy: users.otherAuthor.id }, file: image() })).id
        expect(await allowed(payload.findByID({ collection: 'media', id: others, ...as(role) }))).toBe(true)
        const change = (id: Id) => payload.update({ collection: 'media', id, data: { alt: 'Nowy opis' }, ...as(role) })
        expect(await allowed(change(others))).toBe(editor)
        if (signedIn) {
          const own = (await upload(role)).id
          expect(await allowed(change(own))).toBe(true)
        }
        expect(await allowed(payload.delete({ collection: 'media', id: others, ...as(role) }))).toBe(editor)
      })
    }

    it('refuses an upload without alt text with a Polish message', async () => {
      const error = await payload
        .create({ collection: 'media', data: { alt: ' ' }, file: image(), ...as('editor') })
        .catch((e: unknown) => e as { status?: number; data?: { errors?: { message: string }[] } })
      expect((error as { status?: number }).status).toBe(400)
      expect(JSON.stringify(error)).toContain('Tekst alternatywny jest wymagany')
    })

    it('refuses an SVG', async () => {
      const svg = { data: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), mimetype: 'image/svg+xml', name: 'x.svg', size: 40 }
      const error = await payload
        .create({ collection: 'media', data: { alt: 'Wektor' }, file: svg, ...as('editor') })
        .catch((e: unknown) => e as { status?: number })
      expect((error as { status?: number }).status).toBe(400)
    })
  })

  describe('users and site settings', () => {
    for (const role of ROLES) {
      const admin = role === 'admin'
      it(`${role}: sees ${admin ? 'all users' : role === 'anonymous' ? 'no users' : 'only own account'}, edits settings ${admin}`, async () => {
        const list = payload.find({ collection: 'users', ...as(role) })
        if (role === 'anonymous') {
          expect(await allowed(list)).toBe(false)
        } else {
          const { docs } = await list
          expect(docs.length).toBe(admin ? docs.length : 1)
          if (admin) expect(docs.length).toBeGreaterThanOrEqual(4)
          if (!admin) expect(docs[0].id).toBe(users[role].id)
        }
        const create = payload.create({
          collection: 'users',
          data: { email: `nowy-${unique()}@konstancin-jeziorna.example`, password: 'haslo-testowe-123', name: 'Nowy', role: 'author' },
          ...as(role),
        })
        expect(await allowed(create)).toBe(admin)
        const victim = await existing('users', {
          email: `do-usuniecia-${unique()}@konstancin-jeziorna.example`,
          password: 'haslo-testowe-123',
          name: 'Do usunięcia',
          role: 'author',
        })
        expect(await allowed(payload.delete({ collection: 'users', id: victim, ...as(role) }))).toBe(admin)
        const settings = payload.updateGlobal({ slug: 'site-settings', data: { tagline: `Podtytuł ${unique()}` }, ...as(role) })
        expect(await allowed(settings)).toBe(admin)
        expect(await allowed(payload.findGlobal({ slug: 'site-settings', ...as(role) }))).toBe(true)
      })
    }

    it('an author or editor cannot make herself an administrator', async () => {
      for (const role of ['author', 'editor'] as const) {
        await payload.update({ collection: 'users', id: users[role].id, data: { role: 'admin' }, ...as(role) })
        const stored = await payload.findByID({ collection: 'users', id: users[role].id, overrideAccess: true })
        expect(stored.role).toBe(role)
      }
    })
  })
})
