import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, expect, it, vi } from 'vitest'

import { backupSqlite, restoreSqlite, SNAPSHOT_DATABASE, sqliteFilePath } from '@/lib/backup/sqliteBackup'
import { seed } from '@/seed/seed'

import { ALL_COLLECTIONS, countAll, databaseKind, describeDb, startTestPayload, testAdmin } from './testPayload'

const MEDIA_DIR = path.resolve('media')
const sqliteOnly = databaseKind === 'sqlite' ? it : it.skip

describeDb('nothing is lost: failed seed, two editors, WAL, backup and restore', () => {
  let payload: Payload
  let close: () => Promise<void>

  beforeAll(async () => {
    ;({ payload, close } = await startTestPayload())
  })
  afterAll(() => close())

  const counts = () => countAll(payload)

  it('a seed that fails half-way leaves the database as it was', async () => {
    const before = await counts()
    // The seed's last write: the office's address in the site settings, after every document.
    const spy = vi.spyOn(payload, 'updateGlobal').mockRejectedValue(new Error('awaria dysku (symulowana)'))
    await expect(seed(payload, testAdmin)).rejects.toThrow('awaria dysku')
    spy.mockRestore()
    expect(await counts()).toEqual(before)
    expect((await payload.findGlobal({ slug: 'site-settings', depth: 0 })).office?.street ?? null).toBeNull()

    const report = await seed(payload, testAdmin)
    expect(report.created.length).toBeGreaterThan(5)
  })

  sqliteOnly('SQLite runs in write-ahead-log mode', async () => {
    const client = (payload.db as unknown as { client: ReturnType<typeof createClient> }).client
    const { rows } = await client.execute('PRAGMA journal_mode')
    expect(String(Object.values(rows[0])[0]).toLowerCase()).toBe('wal')
  })

  it('two editors saving the same article: the second save does not erase the first, both are versions', async () => {
    const makeEditor = (n: number) =>
      payload.create({
        collection: 'users',
        data: { email: `redaktor${n}@konstancin-jeziorna.example`, password: 'haslo-redaktora-123', name: `Redaktor ${n}`, role: 'editor' },
      })
    const [anna, piotr] = await Promise.all([makeEditor(1), makeEditor(2)])
    const article = await payload.create({
      collection: 'articles',
      data: { title: 'Sesja rady', lead: 'Pierwotny lead.', _status: 'published' } as never,
    })
    // Both opened the same article; Anna saves a new lead, then Piotr saves his stale copy with a new title.
    const stale = { title: article.title, lead: article.lead, _status: 'published' as const }
    await payload.update({ collection: 'articles', id: article.id, data: { ...stale, lead: 'Lead Anny.' }, user: anna, overrideAccess: false })
    await payload.update({ collection: 'articles', id: article.id, data: { ...stale, title: 'Tytuł Piotra' }, user: piotr, overrideAccess: false })

    const versions = await payload.findVersions({
      collection: 'articles',
      where: { parent: { equals: article.id } },
      sort: '-updatedAt',
      limit: 10,
    })
    const annaVersion = versions.docs.find((v) => v.version.lead === 'Lead Anny.')
    expect(annaVersion, 'wersja z leadem Anny').toBeDefined()
    expect(versions.docs.some((v) => v.version.title === 'Tytuł Piotra')).toBe(true)

    const restored = await payload.restoreVersion({ collection: 'articles', id: annaVersion!.id })
    expect(restored.lead).toBe('Lead Anny.')
  })

  sqliteOnly('npm run backup / restore round-trips every collection and every upload', async () => {
    const png = await sharp({ create: { width: 1500, height: 900, channels: 3, background: '#336699' } }).png().toBuffer()
    const upload = await payload.create({
      collection: 'media',
      data: { alt: 'Niebieski prostokąt (test kopii)' },
      file: { data: png, mimetype: 'image/png', name: `kopia-${Date.now()}.png`, size: png.length },
    })
    const work = mkdtempSync(path.join(tmpdir(), 'portal-backup-'))
    try {
      const database = sqliteFilePath(process.env.DATABASE_URI as string)
      await backupSqlite(database, MEDIA_DIR, path.join(work, 'snapshot'))
      expect(readFileSync(path.join(work, 'snapshot', SNAPSHOT_DATABASE)).length).toBeGreaterThan(0)

      const restoredDb = path.join(work, 'restored', 'portal.db')
      const restoredMedia = path.join(work, 'restored', 'media')
      await restoreSqlite(path.join(work, 'snapshot'), restoredDb, restoredMedia)

      expect(await dumpTables(restoredDb)).toEqual(await dumpTables(database))
      const files = [upload.filename, ...Object.values(upload.sizes ?? {}).map((s) => s?.filename)].filter(Boolean)
      expect(files.length).toBeGreaterThan(1)
      for (const name of files as string[]) {
        expect(readFileSync(path.join(restoredMedia, name)).equals(readFileSync(path.join(MEDIA_DIR, name))), name).toBe(true)
      }
      const restoredMediaRows = (await dumpTables(restoredDb)).media as unknown[]
      expect(JSON.stringify(restoredMediaRows)).toContain(upload.filename as string)
      for (const slug of ALL_COLLECTIONS) expect(await dumpTables(restoredDb)).toHaveProperty(slug)
    } finally {
      await payload.delete({ collection: 'media', id: upload.id })
      rmSync(work, { recursive: true, force: true })
    }
  })
})

/** Every row of every table, in a stable order. */
async function dumpTables(file: string): Promise<Record<string, unknown[]>> {
  const client = createClient({ url: `file:${file}` })
  try {
    const tables = await client.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    const dump: Record<string, unknown[]> = {}
    for (const { name } of tables.rows) {
      const rows = await client.execute(`SELECT * FROM "${String(name)}" ORDER BY 1`)
      dump[String(name)] = rows.rows.map((row) => ({ ...row }))
    }
    return dump
  } finally {
    client.close()
  }
}
