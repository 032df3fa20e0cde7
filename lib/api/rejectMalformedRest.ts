import { parse } from 'qs-esm'
import type { SanitizedConfig } from 'payload'

import { type DatabaseKind, isDocumentId } from './documentId'
import { type FieldKind, whereProblem } from './whereFilter'

// Payload's own endpoints under /api/<collection>/…; any other second segment is a document id.
const ENDPOINTS = new Set([
  'access', 'count', 'distinct', 'file', 'first-register', 'forgot-password', 'init', 'login',
  'logout', 'me', 'paste-url', 'refresh-token', 'reset-password', 'unlock', 'verify', 'versions',
])
const ID_AFTER = new Set(['versions', 'access', 'paste-url'])

const notFound = () => Response.json({ errors: [{ message: 'Nie znaleziono.' }] }, { status: 404 })
const badRequest = (reason: string) =>
  Response.json({ errors: [{ message: `Nieprawidłowe zapytanie: ${reason}.` }] }, { status: 400 })

/**
 * Answers 404 or 400 to REST requests that Payload's database adapters would turn into a
 * 500 (a document id of the wrong form, a malformed `where`, a file name with a NUL);
 * null lets the request through to Payload.
 */
export function rejectMalformedRest(
  request: Request,
  segments: string[],
  config: SanitizedConfig,
  database: DatabaseKind,
): Response | null {
  const [first, second, third] = segments
  const collection = config.collections.find((c) => c.slug === first)
  if (first === 'globals' && segments[2] === 'versions' && segments[3] && !isDocumentId(segments[3], database)) return notFound()
  if (collection) {
    if (second === 'file' && third !== undefined && /[\0/\\]|^\.\.?$/.test(third)) return notFound()
    if (second && ID_AFTER.has(second) && third !== undefined && !isDocumentId(third, database)) return notFound()
    if (second && !ENDPOINTS.has(second) && !isDocumentId(second, database)) return notFound()
  }
  const search = new URL(request.url).search
  if (!search.includes('where')) return null
  const { where } = parse(search, { allowEmptyArrays: true, arrayLimit: 1000, depth: 10, ignoreQueryPrefix: true }) as {
    where?: unknown
  }
  if (where === undefined) return null
  const kinds = new Map<string, FieldKind>([['id', 'id'], ['parent', 'id']])
  for (const field of collection?.flattenedFields ?? []) {
    if (field.type === 'date') kinds.set(field.name, 'date')
    if (field.type === 'number') kinds.set(field.name, 'number')
    if ((field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string') {
      kinds.set(field.name, 'id')
    }
  }
  const problem = whereProblem(where, (name) => kinds.get(name) ?? 'other', database)
  return problem ? badRequest(problem) : null
}
