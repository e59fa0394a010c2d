import { McpFaceError } from '@switchyard/transports'

type Params = Record<string, unknown> | undefined

const invalid = (message: string) => new McpFaceError(-32602, message)

const kind = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`

/** `params[key]` of a request (at `path`), which must be a string; -32602 naming the field otherwise. */
export function stringParam(params: Params, key: string, method: string, path = 'params'): string {
  const value = params?.[key]
  if (typeof value === 'string') return value
  const not = value === undefined ? '' : `, not ${kind(value)}`
  throw invalid(`${method} needs ${path}.${key} (a string)${not}`)
}

/** Checks `prompts/get` arguments: absent, or an object whose values are strings (as MCP has them). */
export function checkPromptArguments(params: Params): void {
  const args = params?.arguments
  if (args === undefined) return
  if (typeof args !== 'object' || args === null || Array.isArray(args)) {
    throw invalid(`prompts/get params.arguments must be an object of strings, not ${kind(args)}`)
  }
  for (const [name, value] of Object.entries(args)) {
    if (typeof value !== 'string') {
      throw invalid(`prompts/get params.arguments.${name} must be a string, not ${kind(value)}`)
    }
  }
}

/** What `completion/complete` refers to, once its `ref` and `argument` are checked. */
export type CompletionRef =
  { type: 'ref/prompt'; name: string } | { type: 'ref/resource'; uri: string }

/** Checks `completion/complete` params: a prompt or resource ref and an argument name and value. */
export function completionRef(params: Params): CompletionRef {
  const ref = params?.ref
  const method = 'completion/complete'
  if (typeof ref !== 'object' || ref === null || Array.isArray(ref)) {
    throw invalid(`${method} needs params.ref (an object)`)
  }
  const fields = ref as Record<string, unknown>
  const argument = params?.argument
  if (typeof argument !== 'object' || argument === null || Array.isArray(argument)) {
    throw invalid(`${method} needs params.argument (an object with a name and a value)`)
  }
  stringParam(argument as Record<string, unknown>, 'name', method, 'params.argument')
  stringParam(argument as Record<string, unknown>, 'value', method, 'params.argument')
  if (fields.type === 'ref/prompt') {
    return { type: 'ref/prompt', name: stringParam(fields, 'name', method, 'params.ref') }
  }
  if (fields.type === 'ref/resource') {
    return { type: 'ref/resource', uri: stringParam(fields, 'uri', method, 'params.ref') }
  }
  throw invalid(
    `${method} params.ref.type must be 'ref/prompt' or 'ref/resource', not ${JSON.stringify(fields.type) ?? 'absent'}`,
  )
}
