import { GatewayError } from '../errors.js'
import { MAX_SCHEMA_BYTES, schemaProblem } from '../router/argument-validator.js'
import { restToolProblems } from '../rest/rest-config.js'
import { resolveBaseUrl } from './base-url.js'
import { operationInput, type OperationInput, type RestIntegrationConfig } from './input-schema.js'
import { toJsonSchema, type SchemaBudget } from './to-json-schema.js'

/** Which operations an import takes; each given filter must match. */
export interface OperationFilter {
  /** Only operations with one of these tags (case-insensitive). */
  tags?: readonly string[] | undefined
  /** Only paths equal to, or beneath, one of these (`/pet` takes `/pet/{petId}`, not `/petstore`). */
  paths?: readonly string[] | undefined
  /** Only these HTTP methods. */
  methods?: readonly string[] | undefined
}

/** The REST tool one operation becomes. */
export interface OperationTool {
  name: string
  displayName: string | null
  description: string | null
  requestType: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  url: string
  headers: Record<string, string>
  inputSchema: Record<string, unknown>
  outputSchema: Record<string, unknown> | null
  integrationConfig: RestIntegrationConfig
  tags: string[]
}

/** An operation the import leaves out, and why. */
export interface SkippedOperation {
  /** Such as `HEAD /pets`. */
  operation: string
  reason: string
}

/** Where the operations' URLs come from. */
export interface OperationToolsOptions {
  /** Names the import; kept on every tool for re-import. */
  source: string
  filter?: OperationFilter | undefined
  baseUrl?: string | undefined
  documentUrl?: string | undefined
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const
const TOOL_METHODS = new Set(['get', 'put', 'post', 'delete', 'patch'])

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : [])
const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null

/** An operationId (or `<method>_<path>`) as a tool name: A-Z a-z 0-9 _ - . only, at most 128. */
export function operationToolName(
  operationId: string | null,
  method: string,
  path: string,
): string {
  const raw = operationId ?? `${method}_${path.replace(/^\/+/, '')}`
  const name = raw
    .replace(/[^A-Za-z0-9_.-]+/g, '_')
    .replace(/^[_.-]+|[_.-]+$/g, '')
    .slice(0, 128)
  return name || method
}

/** An operation tag as a Switchyard tag (lower case, limited characters), or null when nothing is left. */
function tagOf(value: unknown): string | null {
  const tag = String(value)
    .toLowerCase()
    .replace(/[^a-z0-9_.:/ -]+/g, '-')
    .replace(/^[^a-z0-9]+/, '')
    .slice(0, 64)
    .trim()
  return tag || null
}

/** The first 2xx JSON response's schema, when it describes an object (as MCP output schemas must). */
function outputSchemaOf(
  operation: Record<string, unknown>,
  openapi30: boolean,
  budget: SchemaBudget,
) {
  const responses = isObject(operation.responses) ? operation.responses : {}
  const success = Object.keys(responses)
    .filter((code) => /^2(\d\d|XX)$/i.test(code))
    .sort()
  for (const code of success) {
    const response = responses[code]
    const content = isObject(response) && isObject(response.content) ? response.content : {}
    const media = Object.entries(content).find(([type]) =>
      /^application\/([\w.-]+\+)?json\b/i.test(type),
    )
    if (!media) continue
    const declared = isObject(media[1]) ? media[1].schema : undefined
    if (declared === undefined) return null
    const schema = toJsonSchema(declared, openapi30, budget)
    const objectType =
      schema.type === 'object' || (schema.type === undefined && isObject(schema.properties))
    return objectType ? { ...schema, type: 'object' } : null
  }
  return null
}

/**
 * Why an operation cannot be called as a tool, or undefined: schemas that cannot be compiled, or
 * a mapping POST /tools would refuse (every call would be refused).
 */
function uncallable(
  input: OperationInput,
  output: Record<string, unknown> | null,
  url: string,
): string | undefined {
  const inputProblem = schemaProblem(input.inputSchema)
  if (inputProblem) return `its input schema cannot be compiled: ${inputProblem}`
  const outputProblem = output && schemaProblem(output)
  if (outputProblem) return `its output schema cannot be compiled: ${outputProblem}`
  const { inputSchema, config } = input
  const problems = restToolProblems({ url, inputSchema, integrationConfig: config })
  return problems.length > 0
    ? problems.map((p) => `${p.path.join('.')}: ${p.message}`).join('; ')
    : undefined
}

function selected(
  filter: OperationFilter,
  method: string,
  path: string,
  operation: Record<string, unknown>,
): boolean {
  if (filter.methods && !filter.methods.some((m) => m.toLowerCase() === method)) return false
  if (
    filter.paths &&
    !filter.paths.some((p) => {
      const prefix = p.replace(/\/+$/, '')
      return path === p || path === prefix || path.startsWith(`${prefix}/`)
    })
  ) {
    return false
  }
  if (filter.tags) {
    const wanted = new Set(filter.tags.map((t) => t.toLowerCase()))
    if (!list(operation.tags).some((t) => wanted.has(String(t).toLowerCase()))) return false
  }
  return true
}

/** One REST tool per selected operation of a dereferenced OpenAPI document, and what was left out. */
export function operationTools(
  document: Record<string, unknown>,
  options: OperationToolsOptions,
): { tools: OperationTool[]; skipped: SkippedOperation[] } {
  const openapi30 = String(document.openapi).startsWith('3.0')
  const tools: OperationTool[] = []
  const skipped: SkippedOperation[] = []
  const names = new Set<string>()
  for (const [path, item] of Object.entries(isObject(document.paths) ? document.paths : {})) {
    if (!isObject(item)) continue
    for (const method of METHODS) {
      const operation = item[method]
      if (!isObject(operation) || !selected(options.filter ?? {}, method, path, operation)) continue
      const label = `${method.toUpperCase()} ${path}`
      if (!TOOL_METHODS.has(method)) {
        skipped.push({ operation: label, reason: `REST tools do not use ${method.toUpperCase()}` })
        continue
      }
      const inputBudget = { left: MAX_SCHEMA_BYTES }
      const input = operationInput(item, operation, openapi30, inputBudget)
      if (typeof input === 'string') {
        skipped.push({ operation: label, reason: input })
        continue
      }
      const outputBudget = { left: MAX_SCHEMA_BYTES }
      const outputSchema = outputSchemaOf(operation, openapi30, outputBudget)
      const over = inputBudget.left < 0 ? 'input' : outputBudget.left < 0 ? 'output' : undefined
      if (over) {
        throw new GatewayError(
          'VALIDATION_FAILED',
          `${label}: its ${over} schema would take more than ${MAX_SCHEMA_BYTES / 1024} KiB of JSON, with every shared $ref inlined where it is used; leave the operation out with the paths, tags or methods filters`,
        )
      }
      const servers = [operation.servers, item.servers, document.servers].find(
        (s) => list(s).length > 0,
      )
      const baseUrl = resolveBaseUrl(list(servers), {
        baseUrl: options.baseUrl,
        documentUrl: options.documentUrl,
        pointer: servers === document.servers ? '/servers/0/url' : `paths ${path} servers`,
      })
      const url = `${baseUrl}${path}`
      const problem = uncallable(input, outputSchema, url)
      if (problem) {
        skipped.push({ operation: label, reason: problem })
        continue
      }
      const base = operationToolName(text(operation.operationId), method, path)
      let name = base
      for (let n = 2; names.has(name); n++) name = `${base.slice(0, 120)}_${n}`
      names.add(name)
      const summary = text(operation.summary)
      tools.push({
        name,
        displayName: summary ? summary.slice(0, 255) : null,
        description: (text(operation.description) ?? summary)?.slice(0, 16_384) ?? null,
        requestType: method.toUpperCase() as OperationTool['requestType'],
        url,
        headers: input.headers,
        inputSchema: input.inputSchema,
        outputSchema,
        integrationConfig: {
          ...input.config,
          openapi: {
            source: options.source,
            operationId: text(operation.operationId) ?? name,
            method: method.toUpperCase(),
            path,
          },
        },
        tags: [...new Set(list(operation.tags).flatMap((t) => tagOf(t) ?? []))],
      })
    }
  }
  return { tools, skipped }
}
