/**
 * What one GraphQL request may ask for. A query is refused (400) before it runs when it
 * passes any of these; a normal query (an article by its slug with its relations) uses a
 * small part of each.
 */
export const GRAPHQL_LIMITS = {
  /** Fields under an alias (counted after fragments are expanded): 200 aliased lists exhausted the heap. */
  aliases: 20,
  /** Nesting of selections, fragments expanded. */
  depth: 8,
  /** `limit` of one list (a collection's `Articles(limit:)`, a join's `limit:`). */
  listLimit: 100,
  /** Documents the whole query may load: the sum of every list's limit times its parents' limits. */
  documents: 1000,
  /** Payload's own complexity score (`graphQL.maxComplexity`: 1 a field, 10 a relationship). */
  complexity: 500,
  /** Tokens of the query text (graphql-js stops parsing beyond). */
  tokens: 5000,
} as const

/** Payload's default `limit` for a collection's list query when the query gives none. */
export const PAYLOAD_DEFAULT_LIMIT = 10

/**
 * A hasMany relationship returns as many documents as the record holds; the estimate is
 * the weight Payload's complexity score gives a relationship.
 */
export const RELATIONSHIP_FAN_OUT = 10
