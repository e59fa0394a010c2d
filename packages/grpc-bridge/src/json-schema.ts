import protobuf from 'protobufjs'
import { isSyntheticOneof, jsonName, typeName, WRAPPERS } from './json-names.js'
import { definedTypes } from './message-graph.js'

/** A JSON Schema, as plain data. */
export type JsonSchema = Record<string, unknown>

/**
 * Inputs accept 64-bit integers as strings or numbers; outputs carry them as strings, and enums
 * by name or, for a value the descriptors do not name, number.
 */
export type SchemaMode = 'input' | 'output'

const INT32 = { type: 'integer', minimum: -2147483648, maximum: 2147483647 }
const UINT32 = { type: 'integer', minimum: 0, maximum: 4294967295 }
const INT64_TEXT = { pattern: '^-?[0-9]+$', description: '64-bit integer, as a decimal string' }
const FLOATING = {
  type: ['number', 'string'],
  pattern: '^(NaN|-?Infinity)$',
  description: 'a number, or NaN, Infinity or -Infinity as a string',
}
const UINT64_TEXT = {
  pattern: '^[0-9]+$',
  description: 'unsigned 64-bit integer, as a decimal string',
}

function scalar(type: string, mode: SchemaMode): JsonSchema | undefined {
  const text = mode === 'input' ? ['string', 'integer'] : 'string'
  switch (type) {
    case 'double':
    case 'float':
      return { ...FLOATING }
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

/** What building one schema needs: the mode, the comments and the `$defs` made so far. */
interface Build {
  mode: SchemaMode
  comment: (fullName: string) => string | undefined
  /** Message types described once under `$defs` and referred to by `$ref`. */
  defined: ReadonlySet<string>
  defs: Record<string, JsonSchema>
}

/** A well-known type with a JSON form of its own, described as that form. */
const ownJson = (type: protobuf.Type) =>
  Boolean(WELL_KNOWN[typeName(type)] || WRAPPERS[typeName(type)])

/**
 * The JSON Schema of a message under protobuf's canonical JSON mapping: lowerCamelCase names,
 * enums by name, 64-bit integers as strings, bytes as base64, maps as objects, at most one member
 * of a oneof, and the well-known types as their JSON forms. A message that can contain itself is
 * described once under `$defs` and referred to with `$ref`, and so is every message used in more
 * than one place when writing them out in place would make the schema large (the message itself
 * stays inline at the top). `comment` supplies descriptions.
 */
export function messageSchema(
  type: protobuf.Type,
  mode: SchemaMode,
  comment: (fullName: string) => string | undefined = () => undefined,
): JsonSchema {
  const defs: Record<string, JsonSchema> = {}
  const schema = body(type, { mode, comment, defined: definedTypes(type, ownJson), defs })
  return Object.keys(defs).length > 0 ? { ...schema, $defs: defs } : schema
}

/** A message as a field's value: its JSON form, a `$ref` to its definition, or inline. */
function reference(type: protobuf.Type, build: Build): JsonSchema {
  const name = typeName(type)
  const known = WELL_KNOWN[name]
  if (known) return { ...known }
  const wrapped = WRAPPERS[name]
  if (wrapped) return scalar(wrapped, build.mode)!
  if (!build.defined.has(name)) return body(type, build)
  if (!(name in build.defs)) {
    build.defs[name] = {}
    build.defs[name] = body(type, build)
  }
  return { $ref: `#/$defs/${name}` }
}

/** A message's own schema: an object with its fields (or a well-known type's JSON form). */
function body(type: protobuf.Type, build: Build): JsonSchema {
  const name = typeName(type)
  if (WELL_KNOWN[name] || WRAPPERS[name]) return reference(type, build)
  const properties: Record<string, JsonSchema> = {}
  const required: string[] = []
  for (const field of type.fieldsArray) {
    const schema = fieldSchema(field, build)
    const note = build.comment(`${name}.${field.name}`)
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
  const description = build.comment(name)
  return {
    type: 'object',
    ...(description && { description }),
    properties,
    ...(required.length > 0 && { required }),
    additionalProperties: false,
    ...(exclusive.length > 0 && { allOf: exclusive }),
  }
}

function fieldSchema(field: protobuf.Field, build: Build): JsonSchema {
  field.resolve()
  const value = valueSchema(field.type, field.resolvedType, build)
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
  build: Build,
): JsonSchema {
  if (resolved instanceof protobuf.Enum) {
    if (typeName(resolved) === 'google.protobuf.NullValue') return { type: 'null' }
    const note = build.comment(typeName(resolved))
    return { ...enumSchema(resolved, build.mode), ...(note && { description: note }) }
  }
  if (resolved instanceof protobuf.Type) return reference(resolved, build)
  return scalar(type, build.mode) ?? {}
}

/**
 * An enum by its value names; an answer may also hold a number the descriptors do not name (a
 * value added to the server's enum since).
 */
function enumSchema(type: protobuf.Enum, mode: SchemaMode): JsonSchema {
  const names = { type: 'string', enum: Object.keys(type.values) }
  return mode === 'input' ? names : { anyOf: [names, { type: 'integer' }] }
}
