import protobuf from 'protobufjs'
import { isSyntheticOneof, jsonName, typeName, WRAPPERS } from './json-names.js'

/** A JSON Schema, as plain data. */
export type JsonSchema = Record<string, unknown>

/** Inputs accept 64-bit integers as strings or numbers; outputs always carry strings. */
export type SchemaMode = 'input' | 'output'

const INT32 = { type: 'integer', minimum: -2147483648, maximum: 2147483647 }
const UINT32 = { type: 'integer', minimum: 0, maximum: 4294967295 }
const INT64_TEXT = { pattern: '^-?[0-9]+$', description: '64-bit integer, as a decimal string' }
const UINT64_TEXT = {
  pattern: '^[0-9]+$',
  description: 'unsigned 64-bit integer, as a decimal string',
}

function scalar(type: string, mode: SchemaMode): JsonSchema | undefined {
  const text = mode === 'input' ? ['string', 'integer'] : 'string'
  switch (type) {
    case 'double':
    case 'float':
      return { type: 'number' }
    case 'int32':
    case 'sint32':
    case 'sfixed32':
      return { ...INT32 }
    case 'uint32':
    case 'fixed32':
      return { ...UINT32 }
    case 'int64':
    case 'sint64':
    case 'sfixed64':
      return { type: text, ...INT64_TEXT }
    case 'uint64':
    case 'fixed64':
      return { type: text, ...UINT64_TEXT }
    case 'bool':
      return { type: 'boolean' }
    case 'string':
      return { type: 'string' }
    case 'bytes':
      return { type: 'string', contentEncoding: 'base64' }
    default:
      return undefined
  }
}

const WELL_KNOWN: Readonly<Record<string, JsonSchema>> = {
  'google.protobuf.Timestamp': {
    type: 'string',
    format: 'date-time',
    description: 'RFC 3339 timestamp, such as 2026-01-31T12:00:00Z',
  },
  'google.protobuf.Duration': {
    type: 'string',
    pattern: '^-?[0-9]+(\\.[0-9]{1,9})?s$',
    description: 'duration in seconds with an s suffix, such as 1.5s',
  },
  'google.protobuf.Struct': { type: 'object' },
  'google.protobuf.Value': {},
  'google.protobuf.ListValue': { type: 'array' },
  'google.protobuf.Empty': { type: 'object', properties: {}, additionalProperties: false },
  'google.protobuf.FieldMask': {
    type: 'string',
    description: 'comma-separated field paths in lowerCamelCase, such as user.displayName,photo',
  },
  'google.protobuf.Any': {
    type: 'object',
    properties: { '@type': { type: 'string' } },
    required: ['@type'],
  },
}

/**
 * The JSON Schema of a message under protobuf's canonical JSON mapping: lowerCamelCase names,
 * enums by name, 64-bit integers as strings, bytes as base64, maps as objects, at most one member
 * of a oneof, and the well-known types as their JSON forms. `comment` supplies descriptions.
 */
export function messageSchema(
  type: protobuf.Type,
  mode: SchemaMode,
  comment: (fullName: string) => string | undefined = () => undefined,
): JsonSchema {
  return build(type, mode, comment, [])
}

function build(
  type: protobuf.Type,
  mode: SchemaMode,
  comment: (fullName: string) => string | undefined,
  stack: string[],
): JsonSchema {
  const name = typeName(type)
  const known = WELL_KNOWN[name]
  if (known) return { ...known }
  const wrapped = WRAPPERS[name]
  if (wrapped) return scalar(wrapped, mode)!
  if (stack.includes(name)) return { type: 'object', description: `${name} (recursive)` }
  const inner = [...stack, name]
  const properties: Record<string, JsonSchema> = {}
  const required: string[] = []
  for (const field of type.fieldsArray) {
    const schema = fieldSchema(field, mode, comment, inner)
    const note = comment(`${name}.${field.name}`)
    properties[jsonName(field)] = note ? { ...schema, description: note } : schema
    if (field.required) required.push(jsonName(field))
  }
  const exclusive = type.oneofsArray
    .filter((o) => !isSyntheticOneof(o) && o.fieldsArray.length > 1)
    .map((o) => {
      const members = o.fieldsArray.map(jsonName)
      const pairs = members.flatMap((a, i) =>
        members.slice(i + 1).map((b) => ({ required: [a, b] })),
      )
      return {
        not: { anyOf: pairs },
        description: `oneof ${o.name}: at most one of ${members.join(', ')}`,
      }
    })
  const description = comment(name)
  return {
    type: 'object',
    ...(description && { description }),
    properties,
    ...(required.length > 0 && { required }),
    additionalProperties: false,
    ...(exclusive.length > 0 && { allOf: exclusive }),
  }
}

function fieldSchema(
  field: protobuf.Field,
  mode: SchemaMode,
  comment: (fullName: string) => string | undefined,
  stack: string[],
): JsonSchema {
  field.resolve()
  const value = valueSchema(field.type, field.resolvedType, mode, comment, stack)
  if (field instanceof protobuf.MapField) {
    const key =
      field.keyType === 'bool'
        ? { enum: ['true', 'false'] }
        : field.keyType === 'string'
          ? {}
          : { pattern: '^-?[0-9]+$' }
    return {
      type: 'object',
      ...(Object.keys(key).length > 0 && { propertyNames: key }),
      additionalProperties: value,
    }
  }
  return field.repeated ? { type: 'array', items: value } : value
}

function valueSchema(
  type: string,
  resolved: protobuf.Type | protobuf.Enum | null,
  mode: SchemaMode,
  comment: (fullName: string) => string | undefined,
  stack: string[],
): JsonSchema {
  if (resolved instanceof protobuf.Enum) {
    if (typeName(resolved) === 'google.protobuf.NullValue') return { type: 'null' }
    const note = comment(typeName(resolved))
    return {
      type: 'string',
      enum: Object.keys(resolved.values),
      ...(note && { description: note }),
    }
  }
  if (resolved instanceof protobuf.Type) return build(resolved, mode, comment, stack)
  return scalar(type, mode) ?? {}
}
