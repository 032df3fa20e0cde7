import {
  type FieldNode,
  type GraphQLField,
  GraphQLError,
  type GraphQLNamedType,
  type GraphQLObjectType,
  getNamedType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
  type ValueNode,
  valueFromAST,
} from 'graphql'

import { GRAPHQL_LIMITS, PAYLOAD_DEFAULT_LIMIT, RELATIONSHIP_FAN_OUT } from './queryLimits'

/** The code every refusal carries, so the API route can tell them from other validation errors. */
export const QUERY_TOO_COSTLY = 'ZAPYTANIE_ZBYT_KOSZTOWNE'

type Tally = { aliases: number; depth: number; documents: number; visited: number }

class Refusal extends Error {}

// Walking stops after this many fields: a query of fragments that multiply never makes us
// expand millions of nodes just to find out that it is too large.
const MAX_VISITED_FIELDS = 5000

/**
 * A graphql-js validation rule (Payload's `graphQL.validationRules`) that refuses an
 * operation asking for more than `GRAPHQL_LIMITS` allows: too many aliases, too deep, a
 * list without a limit or with too large a one, or too many documents in all. Fragments
 * are expanded where they are spread, so repeating them multiplies what they ask for.
 */
export function queryCostRule(variables: Record<string, unknown> | null | undefined): ValidationRule {
  return (context: ValidationContext) => ({
    OperationDefinition(operation: OperationDefinitionNode) {
      const root = operation.operation === 'mutation' ? context.getSchema().getMutationType() : context.getSchema().getQueryType()
      if (!root) return
      const tally: Tally = { aliases: 0, depth: 0, documents: 0, visited: 0 }
      try {
        walk(context, operation, variables ?? {}, operation.selectionSet, root, 1, 1, tally, new Set())
      } catch (refusal) {
        if (!(refusal instanceof Refusal)) throw refusal
        context.reportError(new GraphQLError(refusal.message, { nodes: [operation], extensions: { code: QUERY_TOO_COSTLY } }))
      }
    },
  })
}

function walk(
  context: ValidationContext,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  selectionSet: SelectionSetNode,
  parentType: GraphQLNamedType,
  depth: number,
  multiplier: number,
  tally: Tally,
  fragmentsOnPath: Set<string>,
): void {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const name = selection.name.value
      const fragment = context.getFragment(name)
      // A missing or cyclic fragment is reported by graphql-js's own rules.
      if (!fragment || fragmentsOnPath.has(name)) continue
      const type = context.getSchema().getType(fragment.typeCondition.name.value) ?? parentType
      walk(context, operation, variables, fragment.selectionSet, type, depth, multiplier, tally, new Set([...fragmentsOnPath, name]))
      continue
    }
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      const condition = selection.typeCondition && context.getSchema().getType(selection.typeCondition.name.value)
      walk(context, operation, variables, selection.selectionSet, condition ?? parentType, depth, multiplier, tally, fragmentsOnPath)
      continue
    }
    tally.visited += 1
    if (tally.visited > MAX_VISITED_FIELDS) throw new Refusal(`Zapytanie GraphQL jest zbyt rozbudowane (ponad ${MAX_VISITED_FIELDS} pól po rozwinięciu fragmentów).`)
    if (selection.alias) {
      tally.aliases += 1
      if (tally.aliases > GRAPHQL_LIMITS.aliases)
        throw new Refusal(`Zapytanie GraphQL ma za dużo aliasów (najwięcej ${GRAPHQL_LIMITS.aliases}).`)
    }
    if (depth > tally.depth) {
      tally.depth = depth
      if (depth > GRAPHQL_LIMITS.depth)
        throw new Refusal(`Zapytanie GraphQL jest zbyt głęboko zagnieżdżone (najwięcej ${GRAPHQL_LIMITS.depth} poziomów).`)
    }
    const field = isObjectType(parentType) ? parentType.getFields()[selection.name.value] : undefined
    if (!field || !selection.selectionSet) continue
    const documents = documentsPerParent(field, selection, operation, variables)
    const childMultiplier = multiplier * (documents ?? 1)
    if (documents !== null) tally.documents += childMultiplier
    if (tally.documents > GRAPHQL_LIMITS.documents)
      throw new Refusal(
        `Zapytanie GraphQL żąda zbyt wielu dokumentów (ponad ${GRAPHQL_LIMITS.documents} razem z zagnieżdżonymi); zmniejsz limit lub liczbę list.`,
      )
    walk(context, operation, variables, selection.selectionSet, getNamedType(field.type), depth + 1, childMultiplier, tally, fragmentsOnPath)
  }
}

/**
 * How many documents one occurrence of `field` loads: a list's limit (a collection's list
 * or a join), a relationship's one document (or an estimate for hasMany); null for a group
 * of fields of the same document (`docs`, an image's `sizes`), which loads nothing more.
 */
function documentsPerParent(
  field: GraphQLField<unknown, unknown>,
  node: FieldNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): number | null {
  const type = getNamedType(field.type) as GraphQLObjectType
  const isPaginatedList = field.args.some((arg) => arg.name === 'limit') && isObjectType(type) && 'docs' in type.getFields()
  if (isPaginatedList) {
    const limit = argumentValue(field, node, 'limit', operation, variables)
    const pagination = argumentValue(field, node, 'pagination', operation, variables)
    // A join in Payload's GraphQL loads everything when given no limit; a collection's list loads 10.
    const isJoin = !field.args.some((arg) => arg.name === 'pagination')
    const everything = pagination === false || limit === 0 || (limit === undefined && isJoin)
    if (everything)
      throw new Refusal(
        `Lista „${node.name.value}” nie ma limitu (brak limitu, limit: 0 lub pagination: false oznacza wszystkie dokumenty); podaj limit od 1 do ${GRAPHQL_LIMITS.listLimit}.`,
      )
    const requested = typeof limit === 'number' ? limit : PAYLOAD_DEFAULT_LIMIT
    if (requested < 0 || requested > GRAPHQL_LIMITS.listLimit)
      throw new Refusal(`Limit listy „${node.name.value}” musi być liczbą od 1 do ${GRAPHQL_LIMITS.listLimit}.`)
    return requested
  }
  const payloadField = (field.extensions as { field?: { type?: string } } | undefined)?.field
  if (payloadField?.type === 'relationship' || payloadField?.type === 'upload') {
    const unwrapped = isNonNullType(field.type) ? field.type.ofType : field.type
    return isListType(unwrapped) ? RELATIONSHIP_FAN_OUT : 1
  }
  return null
}

function argumentValue(
  field: GraphQLField<unknown, unknown>,
  node: FieldNode,
  name: string,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): unknown {
  const argument = node.arguments?.find((arg) => arg.name.value === name)
  const definition = field.args.find((arg) => arg.name === name)
  if (!argument || !definition) return undefined
  return valueOf(argument.value, definition.type, operation, variables)
}

function valueOf(
  value: ValueNode,
  type: GraphQLField<unknown, unknown>['args'][number]['type'],
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): unknown {
  if (value.kind !== Kind.VARIABLE) return valueFromAST(value, type)
  const name = value.name.value
  if (name in variables) return variables[name]
  const declared = operation.variableDefinitions?.find((definition) => definition.variable.name.value === name)
  return declared?.defaultValue ? valueFromAST(declared.defaultValue, type) : undefined
}
