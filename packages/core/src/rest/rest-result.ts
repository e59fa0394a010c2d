import { compile, TreeInterpreter, type JSONValue } from '@jmespath-community/jmespath'
import { TextDecoder } from 'node:util'
import type { CatalogTool } from '../catalog/catalog.js'
import { argumentProblems } from '../router/argument-validator.js'
import { whereOf, type HttpAnswer } from './http-call.js'

type Result = Record<string, unknown>

/** Longest body excerpt an error result carries. */
const EXCERPT = 1024

const filters = new Map<string, ReturnType<typeof compile>>()

/** Runs a JMESPath expression (compiled once) over a JSON value. */
export function applyFilter(expression: string, value: unknown): unknown {
  let ast = filters.get(expression)
  if (ast === undefined) {
    ast = compile(expression)
    if (filters.size > 1000) filters.clear()
    filters.set(expression, ast)
  }
  return TreeInterpreter.search(ast, value as JSONValue)
}

/**
 * An answer's body as text, in the charset its Content-Type names (UTF-8 when it names none, or one
 * unknown here), without a byte order mark.
 */
function textOf(answer: HttpAnswer): string {
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(String(answer.headers['content-type']))
  let decoder: TextDecoder
  try {
    decoder = new TextDecoder(charset?.[1] ?? 'utf-8')
  } catch {
    decoder = new TextDecoder('utf-8')
  }
  return decoder.decode(answer.body)
}

/** A body's text, cut at `EXCERPT` characters. */
function excerptOf(answer: HttpAnswer): string {
  const text = textOf(answer)
  return text.length > EXCERPT ? `${text.slice(0, EXCERPT)}...` : text
}

/** A result that reports a failure to the model instead of a protocol error. */
export function errorResult(text: string): Result {
  return { content: [{ type: 'text', text }], isError: true }
}

function mediaType(answer: HttpAnswer): string {
  return String(answer.headers['content-type'] ?? '')
    .split(';')[0]!
    .trim()
    .toLowerCase()
}

const isJson = (type: string) => type === 'application/json' || type.endsWith('+json')
const isText = (type: string) =>
  type.startsWith('text/') || type === 'application/xml' || type.endsWith('+xml') || type === ''

/**
 * A REST response as an MCP tool result: JSON as `structuredContent` (an object; other values
 * under `result`) plus its text, after the tool's response filter and checked against its
 * outputSchema; text as text; images and audio as such; anything else as an embedded resource.
 * HTTP 4xx and 5xx become `isError` results with the status and a bounded body excerpt, and so
 * does an answer that is not JSON when the tool has an outputSchema.
 */
export function toToolResult(
  tool: CatalogTool,
  request: { method: string; url: URL },
  answer: HttpAnswer,
  responseFilter: string | undefined,
): Result {
  const type = mediaType(answer)
  const where = whereOf(request)
  const status = `HTTP ${answer.status} ${answer.statusText}`
  if (answer.status >= 400) {
    const excerpt = excerptOf(answer)
    return {
      ...errorResult(`${status} from ${where}: ${excerpt}`),
      structuredContent: { status: answer.status, body: excerpt },
    }
  }
  // MCP clients refuse a result without the structuredContent an outputSchema promises
  if (tool.outputSchema && (answer.body.length === 0 || !isJson(type))) {
    const what = answer.body.length === 0 ? 'no body' : type || 'a body of no type'
    const excerpt = answer.body.length > 0 && isText(type) ? `: ${excerptOf(answer)}` : ''
    return errorResult(
      `${where} answered ${what} (${status}), not the JSON the tool's outputSchema describes${excerpt}`,
    )
  }
  if (answer.body.length === 0) return { content: [{ type: 'text', text: status }] }
  if (isJson(type)) {
    let value: unknown
    try {
      value = JSON.parse(textOf(answer))
    } catch {
      return errorResult(`${where} answered invalid JSON (HTTP ${answer.status})`)
    }
    if (responseFilter !== undefined) {
      try {
        value = applyFilter(responseFilter, value)
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error)
        return errorResult(`the responseFilter failed on the answer from ${where}: ${reason}`)
      }
    }
    const structured =
      typeof value === 'object' && value !== null && !Array.isArray(value)
        ? (value as Result)
        : { result: value }
    if (tool.outputSchema) {
      const problems = argumentProblems(tool.outputSchema, structured, 'structuredContent')
      if (problems) {
        return errorResult(
          `${where} answered outside the tool's outputSchema: ${problems.join('; ')}`,
        )
      }
    }
    return {
      content: [{ type: 'text', text: JSON.stringify(value) }],
      structuredContent: structured,
    }
  }
  if (isText(type)) return { content: [{ type: 'text', text: textOf(answer) }] }
  const data = answer.body.toString('base64')
  if (type.startsWith('image/')) return { content: [{ type: 'image', data, mimeType: type }] }
  if (type.startsWith('audio/')) return { content: [{ type: 'audio', data, mimeType: type }] }
  return {
    content: [
      { type: 'resource', resource: { uri: request.url.href, mimeType: type, blob: data } },
    ],
  }
}
