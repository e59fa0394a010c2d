import type { ErrorObject } from 'ajv'

/** The most problems told: an array of a thousand wrong items would otherwise make a huge text. */
const MAX_TOLD = 10
/** The most property names listed where a schema names the ones it takes. */
const MAX_NAMES = 12
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/

/** A JSON pointer (`/lines/0/my key`) read as a path from `root`: `root.lines[0]["my key"]`. */
export function pathText(root: string, pointer: string): string {
  if (pointer === '') return root
  return pointer
    .slice(1)
    .split('/')
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((path, key) => path + member(key), root)
}

function member(key: string): string {
  if (/^(0|[1-9]\d*)$/.test(key)) return `[${key}]`
  return IDENTIFIER.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`
}

function kindOf(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'number') return Number.isInteger(value) ? 'an integer' : 'a number'
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`
}

function typeName(type: string): string {
  return type === 'null' ? 'null' : /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`
}

function listed(values: readonly unknown[]): string {
  const shown = values.slice(0, MAX_NAMES).map((v) => JSON.stringify(v))
  return values.length > MAX_NAMES ? `${shown.join(', ')}, ...` : shown.join(', ')
}

/** The property names a schema declares, to say which ones it takes. */
function declared(schema: unknown): string[] {
  const properties = (schema as { properties?: unknown } | undefined)?.properties
  return typeof properties === 'object' && properties !== null ? Object.keys(properties) : []
}

/** One problem in words, naming the value's path and, where it helps, what was given. */
function problemText(error: ErrorObject, root: string): string {
  const at = pathText(root, error.instancePath)
  const params = error.params as Record<string, unknown>
  switch (error.keyword) {
    case 'required':
      return `${at + member(String(params.missingProperty))} is required`
    case 'additionalProperties': {
      const known = declared(error.parentSchema)
      const takes = known.length > 0 ? `only ${listed(known)}` : 'no other properties'
      return `${at + member(String(params.additionalProperty))} is unknown (${at} takes ${takes})`
    }
    case 'type': {
      const types = String(params.type).split(',').map(typeName).join(' or ')
      return `${at} must be ${types}, not ${kindOf(error.data)}`
    }
    case 'enum':
      return `${at} must be one of ${listed(params.allowedValues as unknown[])}, not ${JSON.stringify(error.data)}`
    case 'const':
      return `${at} must be ${JSON.stringify(params.allowedValue)}`
    case 'not': {
      const description = (error.parentSchema as { description?: unknown } | undefined)?.description
      return typeof description === 'string'
        ? `${at} breaks a rule of its schema: ${description}`
        : `${at} must not match the schema under 'not'`
    }
    case 'oneOf':
      return Array.isArray(params.passingSchemas)
        ? `${at} matches more than one of the schemas under 'oneOf' (${params.passingSchemas.join(' and ')})`
        : `${at} must match exactly one of the schemas under 'oneOf'`
    case 'anyOf':
      return `${at} must match one of the schemas under 'anyOf'`
    default:
      return `${at} ${error.message ?? 'is invalid'}`
  }
}

/** Kept at a value of the wrong type: the type, and which alternatives it matched. */
const BESIDE_TYPE = new Set(['type', 'anyOf', 'oneOf'])

/**
 * Ajv's errors in words, each once, at most ten (then how many more). Of a value of the wrong
 * type little else is told: what its schema says of objects, say, follows from the type.
 */
export function problemTexts(errors: readonly ErrorObject[], root: string): string[] {
  const mistyped = new Set(errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath))
  const told = errors.filter((e) => BESIDE_TYPE.has(e.keyword) || !mistyped.has(e.instancePath))
  const texts = [...new Set(told.map((error) => problemText(error, root)))]
  if (texts.length <= MAX_TOLD) return texts
  return [...texts.slice(0, MAX_TOLD), `and ${texts.length - MAX_TOLD} more problems`]
}
