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

/** A descriptor file as protobufjs's descriptor extension decodes it (the parts tests touch). */
export interface FileProto {
  messageType: { name: string; field: { name: string }[]; nestedType: { name: string }[] }[]
  enumType: { name: string }[]
  sourceCodeInfo?: { location: object[] }
}

/** Parses proto text with protobufjs into a FileDescriptorSet object (no comments). */
export function protoSet(text: string): { file: FileProto[] } {
  const root = new protobuf.Root()
  for (const [, name] of text.matchAll(/import "(google\/protobuf\/[a-z_]+\.proto)"/g))
    root.addJSON((protobuf.common.get(name!) as { nested: protobuf.INamespace['nested'] }).nested!)
  protobuf.parse(text, root).root.resolveAll()
  return root.toDescriptor('proto3') as unknown as { file: FileProto[] }
}

/** Encodes a FileDescriptorSet object. */
export function encodeSet(set: { file: FileProto[] }): Uint8Array {
  return descriptor.FileDescriptorSet.encode(set).finish()
}
