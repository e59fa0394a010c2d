import { Ajv } from 'ajv'
import addFormats from 'ajv-formats'
import protobuf from 'protobufjs'
import descriptor from 'protobufjs/ext/descriptor/index.js'
import { expect } from 'vitest'
import type { JsonSchema } from '../json-schema.js'

const ajv = new Ajv({ strict: false, allErrors: true })
addFormats.default(ajv)

/** Whether a JSON value fits a schema (a real JSON Schema validator: ajv). */
export function fits(schema: JsonSchema, value: unknown): boolean {
  return ajv.validate(schema, value)
}

/** Asserts that a value fits a schema, showing ajv's errors when it does not. */
export function expectFits(schema: JsonSchema, value: unknown): void {
  const ok = ajv.validate(schema, value)
  expect(ok ? [] : ajv.errors).toEqual([])
}

/** The well-known values the shop's EchoKnown answers as they are, in canonical JSON. */
export const KNOWN = {
  at: '2026-01-31T12:00:00.123456789Z',
  took: '-1.500s',
  details: { a: [1, 'x', null, { b: true }], n: 2.5 },
  anything: { nested: [null, false] },
  nickname: 'kim',
  big: '9007199254740993',
  flag: false,
  nothing: {},
  mask: 'user.displayName,photo',
  ratio: 0.25,
  blob: 'AAEC/w==',
  list: [1, 'two', [3], { four: 4 }],
  packed: { '@type': 'type.googleapis.com/shop.v1.Money', currency: 'EUR', units: '-7', nanos: 0 },
}

/** A field as descriptor.proto describes it (the parts tests touch). */
export interface FieldProto {
  name: string
  jsonName?: string
}

/** A message as descriptor.proto describes it (the parts tests touch). */
export interface MessageProto {
  name: string
  field: FieldProto[]
  nestedType: MessageProto[]
  options?: { mapEntry?: boolean }
}

/** A descriptor file as protobufjs's descriptor extension decodes it (the parts tests touch). */
export interface FileProto {
  package?: string
  messageType: MessageProto[]
  enumType: { name: string }[]
  sourceCodeInfo?: { location: object[] }
}

/** protoc's JSON name of a field: `_` dropped and the next character upper-cased. */
const protocJsonName = (name: string) =>
  name.replace(/_+([^_]?)/g, (_, next: string) => next.toUpperCase())

/** A protobufjs JSON namespace with its field names in snake_case, as protoc's copies have them. */
function snakeFields(json: unknown): unknown {
  if (Array.isArray(json)) return json.map(snakeFields)
  if (json === null || typeof json !== 'object') return json
  return Object.fromEntries(
    Object.entries(json).map(([key, value]) => [
      key,
      key === 'fields' && !('keyType' in (value as object))
        ? Object.fromEntries(
            Object.entries(value as object).map(([name, field]) => [
              name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`),
              field,
            ]),
          )
        : key === 'oneof'
          ? (value as string[]).map((name) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`))
          : snakeFields(value),
    ]),
  )
}

/**
 * Parses proto text with protobufjs into a FileDescriptorSet object (no comments), as protoc
 * describes it: field names as written, a `json_name` on every field, and the well-known types with
 * protoc's field names (`google.protobuf.Value.number_value`).
 */
export function protoSet(text: string): { file: FileProto[] } {
  const root = new protobuf.Root()
  for (const [, name] of text.matchAll(/import "(google\/protobuf\/[a-z_]+\.proto)"/g))
    root.addJSON(
      (snakeFields(protobuf.common.get(name!)) as { nested: protobuf.INamespace['nested'] })
        .nested!,
    )
  protobuf.parse(text, root, { keepCase: true }).root.resolveAll()
  const set = root.toDescriptor('proto3') as unknown as { file: FileProto[] }
  const named = (scope: string, messages: MessageProto[]) => {
    for (const message of messages) {
      if (message.options?.mapEntry) continue
      const type = root.lookupType(`${scope}.${message.name}`)
      for (const field of message.field) {
        const option = type.fields[field.name]?.options?.json_name as string | undefined
        field.jsonName = option ?? protocJsonName(field.name)
      }
      named(`${scope}.${message.name}`, message.nestedType)
    }
  }
  for (const file of set.file) named(file.package ?? '', file.messageType)
  return set
}

/** Encodes a FileDescriptorSet object. */
export function encodeSet(set: { file: FileProto[] }): Uint8Array {
  return descriptor.FileDescriptorSet.encode(set).finish()
}
