import { configToSchema } from '@payloadcms/graphql'
import { type DocumentNode, GraphQLError, parse, validate } from 'graphql'
import { parseRequestParams } from 'graphql-http/lib/use/fetch'
import type { SanitizedConfig } from 'payload'

import { GRAPHQL_LIMITS } from './queryLimits'

type PayloadGraphql = ReturnType<typeof configToSchema>

// Payload's GraphQL route keeps the schema it builds here (`getGraphql` in
// @payloadcms/next); sharing it spares a second copy of the schema in a capped heap.
const shared = globalThis as typeof globalThis & {
  _payload_graphql?: { graphql: PayloadGraphql | null; promise: Promise<PayloadGraphql> | null }
}

function payloadGraphql(config: SanitizedConfig): PayloadGraphql {
  shared._payload_graphql ??= { graphql: null, promise: null }
  shared._payload_graphql.graphql ??= configToSchema(config)
  return shared._payload_graphql.graphql
}

const refused = (messages: string[]) =>
  Response.json(
    { errors: messages.map((message) => ({ message, extensions: { statusCode: 400 } })) },
    { status: 400, headers: { 'cache-control': 'no-store' } },
  )

/**
 * Answers 400 with the reasons (Polish for the portal's own limits) to a GraphQL request
 * that Payload's validation would refuse: too costly (lib/graphql/queryCostRule.ts,
 * `graphQL.maxComplexity`), too long, or not GraphQL at all. Payload runs the same rules
 * again but, following the GraphQL-over-HTTP spec for `application/json`, would answer
 * them with 200; a refusal must be a 4xx that a proxy, a monitor and a client can see.
 * Null lets the request through.
 */
export async function refuseCostlyQuery(request: Request, config: SanitizedConfig): Promise<Response | null> {
  const params = await parseRequestParams(request.clone()).catch(() => null)
  // Not a GraphQL request at all: Payload's handler answers it with its own 4xx.
  if (!params || params instanceof Response) return null
  let document: DocumentNode
  try {
    document = parse(params.query, { maxTokens: GRAPHQL_LIMITS.tokens })
  } catch (error) {
    const tooLong = error instanceof GraphQLError && /contains more tha[nt] \d+ tokens/.test(error.message)
    return refused([tooLong ? `Zapytanie GraphQL jest za długie (ponad ${GRAPHQL_LIMITS.tokens} elementów).` : 'Zapytanie GraphQL ma błąd składni.'])
  }
  const { schema, validationRules } = payloadGraphql(config)
  const rules = validationRules({ schema, document, variableValues: params.variables ?? undefined })
  const errors = validate(schema, document, rules)
  return errors.length ? refused(errors.map((error) => inPolish(error.message))) : null
}

// Payload's complexity rule speaks English; the portal's own rules already speak Polish.
function inPolish(message: string): string {
  const complexity = /^The query exceeds the maximum complexity of (\d+)\. Actual complexity is (\d+)/.exec(message)
  return complexity
    ? `Zapytanie GraphQL jest zbyt złożone (${complexity[2]} punktów, najwięcej ${complexity[1]}).`
    : message
}
