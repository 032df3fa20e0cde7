import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { databaseKind, describeDb, startTestPayload } from './testPayload'

/**
 * Payload writes outside a transaction in a few places on purpose (forgot-password's
 * request reservation, failed-login counters, job bookkeeping). On SQLite one process
 * holds one write lock: such a write must wait for the open transaction, not fail with
 * `database is locked`.
 */
describeDb('writes outside a transaction while one is open', () => {
  let payload: Payload
  let close: () => Promise<void>
  const email = 'redaktor-reset@konstancin-jeziorna.example'

  beforeAll(async () => {
    ;({ payload, close } = await startTestPayload())
    await payload.create({
      collection: 'users',
      data: { email, password: 'stare-haslo-redaktora-1', name: 'Redaktor Resetu', role: 'editor' },
    })
  })
  afterAll(() => close())

  it('forgot-password for a known address sets a reset token', async () => {
    const token = await payload.forgotPassword({ collection: 'users', data: { email } })
    expect(typeof token).toBe('string')
    const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email } }, showHiddenFields: true })
    expect(docs[0].resetPasswordToken).toBe(token)
  })

  it('forgot-password for an unknown address answers quietly', async () => {
    const token = await payload.forgotPassword({ collection: 'users', data: { email: 'nikt@konstancin-jeziorna.example' } })
    expect(token).toBeNull()
  })

  it('a write without a transaction waits for the transaction another request holds', async () => {
    const editor = (await payload.find({ collection: 'users', where: { email: { equals: email } } })).docs[0]
    const transactionID = await payload.db.beginTransaction()
    if (!transactionID) throw new Error(`${databaseKind}: no transaction`)
    const req = { payload, transactionID } as never
    await payload.db.create({ collection: 'categories', data: { title: 'W transakcji', slug: 'w-transakcji' }, req })

    // A password-reset request elsewhere records its time outside any transaction.
    const requestedAt = new Date().toISOString()
    const outside = payload.db.updateOne({ collection: 'users', id: editor.id, data: { resetPasswordRequestedAt: requestedAt } })
    await payload.db.create({ collection: 'categories', data: { title: 'Dalej w transakcji', slug: 'dalej-w-transakcji' }, req })
    await payload.db.commitTransaction(transactionID)
    await outside

    const after = await payload.find({ collection: 'users', where: { email: { equals: email } }, showHiddenFields: true })
    expect(after.docs[0].resetPasswordRequestedAt).toBe(requestedAt)
    expect((await payload.count({ collection: 'categories', where: { slug: { like: 'w-transakcji' } } })).totalDocs).toBe(2)
  })
})
