import type protobuf from 'protobufjs'
import type { RawMessage } from './map-fields.js'

// Both names are read for every field of every message a call carries: worked out once each.
const jsonNames = new WeakMap<protobuf.Field, string>()
const typeNames = new WeakMap<protobuf.ReflectionObject, string>()

/**
 * protobuf's JSON name of a field: its `json_name` (protoc gives every field one), else the name
 * as protoc makes it (`display_name` -> `displayName`: each `_` dropped, the next character
 * upper-cased).
 */
export function jsonName(field: protobuf.Field): string {
  let name = jsonNames.get(field)
  if (name === undefined) {
    const option = field.options?.[JSON_NAME] as unknown
    name =
      typeof option === 'string' && option !== ''
        ? option
        : field.name.replace(/_+([^_]?)/g, (_, next: string) => next.toUpperCase())
    jsonNames.set(field, name)
  }
  return name
}

/** The field option that holds a field's JSON name (as protobufjs parses `[json_name = ...]`). */
const JSON_NAME = 'json_name'

/**
 * Keeps the `json_name` of each field of `messages` (in the namespace `scope`) on its protobufjs
 * field, which `Root.fromDescriptor` drops.
 */
export function keepJsonNames(
  root: protobuf.Root,
  scope: string,
  messages: readonly RawMessage[] = [],
) {
  for (const raw of messages) {
    if (raw.options?.mapEntry) continue
    const name = `${scope}.${raw.name}`
    const type = root.lookupType(name)
    for (const field of raw.field ?? [])
      if (field.jsonName) type.fields[field.name]?.setOption(JSON_NAME, field.jsonName)
    keepJsonNames(root, name, raw.nestedType)
  }
}

/** A message's full name without the leading dot (`google.protobuf.Timestamp`). */
export function typeName(type: protobuf.ReflectionObject): string {
  let name = typeNames.get(type)
  if (name === undefined) {
    name = type.fullName.slice(1)
    typeNames.set(type, name)
  }
  return name
}

/** Whether a oneof is the synthetic one proto3 gives an `optional` field. */
export function isSyntheticOneof(oneof: protobuf.OneOf): boolean {
  return oneof.fieldsArray.length === 1 && oneof.name === `_${oneof.fieldsArray[0]!.name}`
}

/** The members of `google.protobuf.Value`'s oneof, by what they hold. */
export interface ValueKinds {
  null: string
  number: string
  string: string
  bool: string
  struct: string
  list: string
}
const valueKinds = new WeakMap<protobuf.Type, ValueKinds>()

/**
 * The field names of `google.protobuf.Value`'s members, by number: protoc's descriptors name them
 * `number_value`, protobufjs's own copy `numberValue`.
 */
export function valueKindsOf(type: protobuf.Type): ValueKinds {
  const value = type.root.lookupType('google.protobuf.Value')
  let kinds = valueKinds.get(value)
  if (kinds === undefined) {
    const name = (id: number) => value.fieldsById[id]!.name
    kinds = {
      null: name(1),
      number: name(2),
      string: name(3),
      bool: name(4),
      struct: name(5),
      list: name(6),
    }
    valueKinds.set(value, kinds)
  }
  return kinds
}

/** The seconds of the first and last instants a Timestamp may hold: 0001-01-01 and 9999-12-31. */
export const TIMESTAMP_SECONDS: readonly [number, number] = [-62135596800, 253402300799]

/** The `google.protobuf` wrapper messages and the scalar each one wraps. */
export const WRAPPERS: Readonly<Record<string, string>> = {
  'google.protobuf.DoubleValue': 'double',
  'google.protobuf.FloatValue': 'float',
  'google.protobuf.Int64Value': 'int64',
  'google.protobuf.UInt64Value': 'uint64',
  'google.protobuf.Int32Value': 'int32',
  'google.protobuf.UInt32Value': 'uint32',
  'google.protobuf.BoolValue': 'bool',
  'google.protobuf.StringValue': 'string',
  'google.protobuf.BytesValue': 'bytes',
}

const OWN_JSON = new Set([
  'google.protobuf.Timestamp',
  'google.protobuf.Duration',
  'google.protobuf.Struct',
  'google.protobuf.Value',
  'google.protobuf.ListValue',
  'google.protobuf.Empty',
  'google.protobuf.FieldMask',
  'google.protobuf.Any',
  ...Object.keys(WRAPPERS),
])

/**
 * Whether a type is a well-known type with a JSON form of its own, which an Any holds under
 * `value`; other messages, `google.protobuf.FileDescriptorProto` among them, are their fields.
 */
export const hasOwnJson = (type: protobuf.Type): boolean => OWN_JSON.has(typeName(type))
