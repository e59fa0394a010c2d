import type { CatalogTool } from '../catalog/catalog.js'
import { pathParameters, type RestConfig } from './rest-config.js'

/** The HTTP request a REST tool call becomes (before auth). */
export interface RestRequest {
  method: string
  url: URL
  headers: Record<string, string>
  body?: string
}

const WITH_BODY = new Set(['POST', 'PUT', 'PATCH'])

/** What node's HTTP client refuses in a header value. */
const NOT_IN_HEADER = /[^\t\x20-\x7e\x80-\xff]/

/** Arguments that cannot make the tool's request; the message says which and why. */
export class RestArgumentError extends Error {}

/** An argument as text: strings as they are, numbers and booleans printed, anything else as JSON. */
const asText = (value: unknown): string => {
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return value.toString()
  }
  return JSON.stringify(value) ?? ''
}

/** Appends a field: an array as the field repeated, null and absent left out. */
function append(params: URLSearchParams, name: string, value: unknown): void {
  if (value === undefined || value === null) return
  for (const item of Array.isArray(value) ? value : [value]) params.append(name, asText(item))
}

/** A JSON value's kind, as an error names it. */
const kindOf = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`

/**
 * Maps call arguments onto the tool's request: `{name}` placeholders of the URL, the query string,
 * mapped headers, and the body (JSON, form or raw). Arguments left over go to the body of POST, PUT
 * and PATCH, and to the query string otherwise. Null and absent arguments are left out, except
 * those the URL's path needs.
 */
export function buildRestRequest(
  tool: CatalogTool,
  config: RestConfig,
  args: Record<string, unknown>,
): RestRequest {
  const method = tool.requestType ?? 'GET'
  const used = new Set<string>()
  const take = (name: string): unknown => {
    used.add(name)
    return args[name]
  }
  const template = tool.url ?? ''
  const pathEnd = template.search(/[?#]/)
  const url = new URL(
    template.replace(/\{([^{}]+)\}/g, (_, name: string, at: number) => {
      const value = take(name)
      const text = asText(value ?? '')
      if (pathEnd >= 0 && at > pathEnd) return encodeURIComponent(text)
      // an empty segment makes another path: `DELETE /users/{id}` would become `DELETE /users/`
      if (text === '') {
        const why = value === undefined || value === null ? 'missing' : 'empty'
        throw new RestArgumentError(
          `the argument '${name}' is ${why}, and the URL's path needs it for {${name}}`,
        )
      }
      // a URL parser resolves a `.` or `..` segment (even percent-encoded): it would leave the path
      if (text === '.' || text === '..') {
        throw new RestArgumentError(
          `the argument '${name}' is '${text}', which would move the request to another path`,
        )
      }
      return encodeURIComponent(text)
    }),
  )
  for (const name of pathParameters(template)) used.add(name)
  const headers: Record<string, string> = Object.fromEntries(
    Object.entries(tool.headers).map(([name, value]) => [name.toLowerCase(), value]),
  )
  for (const [header, name] of Object.entries(config.headers ?? {})) {
    const value = take(name)
    if (value === undefined || value === null) continue
    const text = asText(value)
    if (NOT_IN_HEADER.test(text)) {
      throw new RestArgumentError(
        `the argument '${name}' cannot be sent in the header '${header}': it holds a line break, a control character or a character above U+00FF`,
      )
    }
    headers[header.toLowerCase()] = text
  }
  for (const name of config.query ?? []) append(url.searchParams, name, take(name))

  const bodyArgument = config.bodyArgument
  const rest = Object.entries(args).filter(([name]) => !used.has(name) && name !== bodyArgument)
  const hasBody = WITH_BODY.has(method) || bodyArgument !== undefined
  if (!hasBody) {
    if (config.query === undefined)
      for (const [name, value] of rest) append(url.searchParams, name, value)
    return { method, url, headers }
  }
  const payload: unknown =
    bodyArgument !== undefined ? args[bodyArgument] : Object.fromEntries(rest)
  if (payload === undefined) return { method, url, headers }
  switch (config.body ?? 'json') {
    case 'json':
      headers['content-type'] ??= 'application/json'
      return { method, url, headers, body: JSON.stringify(payload) }
    case 'form': {
      if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
        throw new RestArgumentError(
          `the argument '${String(bodyArgument)}' is ${kindOf(payload)}, but a form body is an object of fields`,
        )
      }
      const form = new URLSearchParams()
      for (const [name, value] of Object.entries(payload)) append(form, name, value)
      headers['content-type'] ??= 'application/x-www-form-urlencoded'
      return { method, url, headers, body: form.toString() }
    }
    case 'raw':
      headers['content-type'] ??= 'text/plain; charset=utf-8'
      return { method, url, headers, body: asText(payload) }
  }
}
