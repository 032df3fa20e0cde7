import { z } from 'zod'

import { type DatabaseKind, isDocumentId } from './documentId'

const LIST_OPERATORS = ['in', 'not_in', 'all'] as const
const OPERATORS = [
  ...LIST_OPERATORS,
  'equals',
  'not_equals',
  'exists',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'like',
  'not_like',
  'contains',
  'near',
] as const

const primitive = z.union([z.string().max(1000), z.number(), z.boolean(), z.null()])
const condition = z.partialRecord(z.enum(OPERATORS), z.union([primitive, z.array(primitive).max(1000)]))

type Where = { [key: string]: Where[] | z.infer<typeof condition> }

const whereSchema: z.ZodType<Where> = z.lazy(() =>
  z.record(z.string().max(200), z.union([z.array(whereSchema).max(100), condition])),
)

export type FieldKind = 'id' | 'date' | 'number' | 'other'

/**
 * Checks a REST `where` filter (as Payload parses it from the query string) before it
 * reaches the database adapter, which answers 500 to some malformed values (an operator
 * object, a repeated parameter, an id or a date that is not one). Returns a Polish
 * reason, or null when the filter is well formed.
 */
export function whereProblem(raw: unknown, kindOf: (field: string) => FieldKind, database: DatabaseKind): string | null {
  const parsed = whereSchema.safeParse(raw)
  if (!parsed.success) return 'filtr ma niepoprawną budowę'
  return conditionsProblem(parsed.data, kindOf, database)
}

function conditionsProblem(where: Where, kindOf: (field: string) => FieldKind, database: DatabaseKind): string | null {
  for (const [key, value] of Object.entries(where)) {
    if (key === 'and' || key === 'or') {
      if (!Array.isArray(value)) return `„${key}” musi być listą warunków`
      for (const nested of value) {
        const problem = conditionsProblem(nested, kindOf, database)
        if (problem) return problem
      }
      continue
    }
    if (Array.isArray(value)) return `warunek pola „${key}” ma niepoprawną budowę`
    for (const [operator, operand] of Object.entries(value)) {
      const problem = operandProblem(key, operator, operand, kindOf(key), database)
      if (problem) return problem
    }
  }
  return null
}

function operandProblem(field: string, operator: string, operand: unknown, kind: FieldKind, database: DatabaseKind) {
  if (operator === 'exists') return ['true', 'false', true, false].includes(operand as string) ? null : `„exists” przyjmuje true albo false`
  const isList = (LIST_OPERATORS as readonly string[]).includes(operator)
  if (Array.isArray(operand) && !isList) return `pole „${field}” podano kilka razy`
  const values = isList ? (Array.isArray(operand) ? operand : String(operand).split(',')) : [operand]
  for (const value of values) {
    if (value === null || value === '') continue
    if (kind === 'id' && !isDocumentId(value, database)) return `„${String(value).slice(0, 40)}” nie jest identyfikatorem`
    if (kind === 'date' && Number.isNaN(new Date(value as string).getTime())) return `„${String(value).slice(0, 40)}” nie jest datą`
    if (kind === 'number' && !Number.isFinite(Number(value))) return `„${String(value).slice(0, 40)}” nie jest liczbą`
  }
  return null
}
