import { pbkdf2, randomBytes } from 'node:crypto'
import { promisify } from 'node:util'

import type { PayloadRequest } from 'payload'

const derive = promisify(pbkdf2)

// Payload 3.90's password hash (generatePasswordSaltHash in payload: "pbkdf2-sha256-v1",
// 600,000 iterations, 32 bytes): what checking a known account's password costs.
const ITERATIONS = 600_000
const KEY_LENGTH = 32
const SALT = randomBytes(32).toString('hex')

/**
 * Makes a login for an e-mail no account has cost what a wrong password for a real account
 * costs: Payload answers an unknown address at once (after one lookup) but hashes the
 * password of a known one (~100-200 ms), which told a stranger which addresses are
 * editors'. Called before Payload's own login; does nothing where Payload will refuse the
 * request for a missing e-mail or password, before any lookup, for both alike.
 */
export async function hashAsForAKnownAccount(req: PayloadRequest, email: unknown, password: unknown): Promise<void> {
  if (typeof email !== 'string' || email.trim() === '' || typeof password !== 'string' || password.trim() === '') return
  const account = await req.payload.db.findOne({
    collection: 'users',
    req,
    where: { email: { equals: email.toLowerCase().trim() } },
  })
  if (account) return
  await derive(password, SALT, ITERATIONS, KEY_LENGTH, 'sha256')
}
