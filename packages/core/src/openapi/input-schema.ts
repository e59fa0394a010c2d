import type { RestConfig } from '../rest/rest-config.js'
import { isHopByHop } from '../schemas/common.js'
import { toJsonSchema, type SchemaBudget } from './to-json-schema.js'

/** A REST tool's `integrationConfig` as an import writes it: the invoker's mapping, and where it came from. */
export type RestIntegrationConfig = Pick<
  RestConfig,
  'query' | 'headers' | 'body' | 'bodyArgument'
> & {
  /** Where the tool came from, for re-import. */
  openapi?: { source: string; operationId: string; method: string; path: string }
}

/** An operation's arguments: the tool's input schema and how each argument travels. */
export interface OperationInput {
  inputSchema: Record<string, unknown>
  config: RestIntegrationConfig
  /** Static headers the body needs (the Content-Type of a raw body). */
  headers: Record<string, string>
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value)

/**
 * Header parameters an import leaves out: those OpenAPI says to ignore (the body's media type, and
 * Authorization, which security schemes and the import's `auth` cover) and those the gateway
 * frames itself.
 */
const ignoredHeader = (name: string): boolean =>
  /^(accept|content-type|authorization)$/i.test(name) || isHopByHop(name)

const JSON_MEDIA = /^application\/([\w.-]+\+)?json\b/i
const FORM_MEDIA = /^application\/x-www-form-urlencoded\b/i
const MULTIPART_MEDIA = /^multipart\//i

/** The parameters of an operation: its path item's, overridden by its own (same name and place). */
function mergedParameters(pathItem: Record<string, unknown>, operation: Record<string, unknown>) {
  const byKey = new Map<string, Record<string, unknown>>()
  for (const list of [pathItem.parameters, operation.parameters]) {
    for (const p of Array.isArray(list) ? list.filter(isObject) : []) {
      byKey.set(`${String(p.in)} ${String(p.name)}`, p)
    }
  }
  return [...byKey.values()]
}

function parameterSchema(
  parameter: Record<string, unknown>,
  openapi30: boolean,
  budget: SchemaBudget,
) {
  const content = isObject(parameter.content) ? Object.values(parameter.content) : []
  const raw = parameter.schema ?? content.filter(isObject).find((m) => m.schema)?.schema
  const schema = raw === undefined ? { type: 'string' } : toJsonSchema(raw, openapi30, budget)
  if (typeof parameter.description === 'string' && schema.description === undefined) {
    schema.description = parameter.description
  }
  return schema
}

/** How the request body travels, or a reason it cannot (multipart only). */
function bodyOf(
  requestBody: Record<string, unknown>,
  openapi30: boolean,
  budget: SchemaBudget,
): { kind: 'json' | 'form' | 'raw'; schema: Record<string, unknown>; media: string } | string {
  const media = Object.entries(isObject(requestBody.content) ? requestBody.content : {})
  const pick = (pattern: RegExp) => media.find(([type]) => pattern.test(type))
  const chosen =
    pick(JSON_MEDIA) ?? pick(FORM_MEDIA) ?? media.find(([type]) => !MULTIPART_MEDIA.test(type))
  if (!chosen) return `its request body is only ${media.map(([t]) => t).join(', ') || 'empty'}`
  const [type, value] = chosen
  const kind = JSON_MEDIA.test(type) ? 'json' : FORM_MEDIA.test(type) ? 'form' : 'raw'
  const declared = isObject(value) && value.schema !== undefined ? value.schema : undefined
  const schema: Record<string, unknown> =
    kind === 'raw'
      ? { type: 'string' }
      : declared === undefined
        ? {}
        : toJsonSchema(declared, openapi30, budget)
  if (typeof requestBody.description === 'string' && schema.description === undefined) {
    schema.description = requestBody.description
  }
  return { kind, schema, media: type }
}

/**
 * The arguments of one operation: path, query and header parameters by name (a later clash gets
 * `_<in>` appended; path parameters keep their template names), and the request body as one
 * argument `body`. Cookie parameters, and header parameters the gateway sets itself, are left out. Returns a reason instead when the body cannot travel.
 * The schemas' size is taken from `budget`.
 */
export function operationInput(
  pathItem: Record<string, unknown>,
  operation: Record<string, unknown>,
  openapi30: boolean,
  budget: SchemaBudget,
): OperationInput | string {
  const properties: Record<string, unknown> = {}
  const required: string[] = []
  const query: string[] = []
  const headerArgs: Record<string, string> = {}
  const order = { path: 0, query: 1, header: 2 } as Record<string, number>
  const parameters = mergedParameters(pathItem, operation)
    .filter((p) => typeof p.name === 'string' && typeof p.in === 'string' && p.in in order)
    .filter((p) => p.in !== 'header' || !ignoredHeader(String(p.name)))
    .sort((a, b) => (order[String(a.in)] ?? 9) - (order[String(b.in)] ?? 9))
  for (const parameter of parameters) {
    const name = String(parameter.name)
    const place = String(parameter.in)
    const argument = name in properties ? `${name}_${place}` : name
    properties[argument] = parameterSchema(parameter, openapi30, budget)
    if (place === 'path' || parameter.required === true) required.push(argument)
    if (place === 'query') query.push(argument)
    if (place === 'header') headerArgs[name] = argument
  }
  const config: RestIntegrationConfig = {
    ...(query.length > 0 && { query }),
    ...(Object.keys(headerArgs).length > 0 && { headers: headerArgs }),
  }
  const headers: Record<string, string> = {}
  if (isObject(operation.requestBody)) {
    const body = bodyOf(operation.requestBody, openapi30, budget)
    if (typeof body === 'string') return body
    let argument = 'body'
    while (argument in properties) argument = `request_${argument}`
    properties[argument] = body.schema
    if (operation.requestBody.required === true) required.push(argument)
    config.body = body.kind
    config.bodyArgument = argument
    // a range such as */* is no Content-Type: the invoker's text/plain stands
    if (body.kind === 'raw' && !body.media.includes('*')) headers['Content-Type'] = body.media
  }
  const inputSchema = {
    type: 'object',
    properties,
    ...(required.length > 0 && { required }),
  }
  return { inputSchema, config, headers }
}
