import { z } from 'zod'

/** Document ids as each adapter makes them: SQLite counts 1, 2, 3…; MongoDB uses 24-hex ObjectIds. */
const idSchemas = {
  sqlite: z.string().regex(/^[1-9][0-9]{0,14}$/),
  mongodb: z.string().regex(/^[0-9a-f]{24}$/i),
} as const

export type DatabaseKind = keyof typeof idSchemas

export function isDocumentId(raw: unknown, kind: DatabaseKind): boolean {
  return idSchemas[kind].safeParse(typeof raw === 'number' ? String(raw) : raw).success
}
