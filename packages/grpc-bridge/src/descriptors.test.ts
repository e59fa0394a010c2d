import { describe, expect, it } from 'vitest'
import { createGrpcBridge } from './bridge.js'
import { loadDescriptorSet } from './descriptors.js'
import { GrpcBridgeError } from './errors.js'
import { toolDefinitions } from './tools.js'
import { encodeSet, fits, protoSet, type FileProto } from './test/helpers.js'

const PROTO = `syntax = "proto3"; package docs.v1;
  enum Colour { COLOUR_UNSPECIFIED = 0; RED = 1; }
  message Paint {
    message Mix { uint32 parts = 1; }
    string name = 1;
    Colour colour = 2;
    repeated Mix mixes = 3;
    map<string, string> labels = 4;
    Colour shade = 5;
  }
  message Done {}
  service Painter {
    rpc Apply(Paint) returns (Done);
    rpc Watch(Paint) returns (stream Done);
  }`

/** The index of a named element in a descriptor list. */
const at = (list: { name: string }[], name: string) => list.findIndex((e) => e.name === name)

/** The docs proto as protoc would describe it with `--include_source_info`: comments by path. */
function withComments(): Uint8Array {
  const set = protoSet(PROTO)
  const file: FileProto = set.file[0]!
  const paint = file.messageType[at(file.messageType, 'Paint')]!
  const mix = at(paint.nestedType, 'Mix')
  const field = (name: string) => at(paint.field, name)
  const message = at(file.messageType, 'Paint')
  file.sourceCodeInfo = {
    location: [
      { path: [4, message], span: [0, 0, 1], leadingComments: ' A coat of paint.\n' },
      { path: [4, message, 2, field('name')], span: [0, 0, 1], leadingComments: ' Its name.\n' },
      { path: [4, message, 2, field('colour')], span: [0, 0, 1], trailingComments: ' Main. ' },
      { path: [4, message, 3, mix], span: [0, 0, 1], leadingComments: ' One part of a mix.' },
      { path: [4, message, 3, mix, 2, 0], span: [0, 0, 1], leadingComments: ' How many.' },
      { path: [5, 0], span: [0, 0, 1], leadingComments: ' A colour by name.' },
      { path: [5, 0, 2, 1], span: [0, 0, 1], leadingComments: ' Bright red.' },
      { path: [6, 0], span: [0, 0, 1], leadingComments: ' Paints things.' },
      { path: [6, 0, 2, 0], span: [0, 0, 1], leadingComments: ' Applies paint.\n' },
      { path: [6, 0, 2, 1], span: [0, 0, 1], leadingComments: '   \n' },
    ],
  }
  return encodeSet(set)
}

/** A set where message A has a field of type B, but B itself was left out. */
function withoutB(): Uint8Array {
  const set = protoSet('syntax = "proto3"; package a; message A { B b = 1; } message B {}')
  set.file[0]!.messageType = set.file[0]!.messageType.filter((m) => m.name !== 'B')
  return encodeSet(set)
}

describe('loadDescriptorSet', () => {
  it('lists the methods with their paths, types and streaming sides', () => {
    const { methods } = loadDescriptorSet(encodeSet(protoSet(PROTO)))
    expect(
      methods.map((m) => [m.path, m.requestType.name, m.responseType.name, m.serverStreaming]),
    ).toEqual([
      ['/docs.v1.Painter/Apply', 'Paint', 'Done', false],
      ['/docs.v1.Painter/Watch', 'Paint', 'Done', true],
    ])
  })

  it('keeps only the services asked for', () => {
    expect(loadDescriptorSet(encodeSet(protoSet(PROTO)), ['other.Service']).methods).toEqual([])
  })

  it('reads comments from source_code_info, by full name', () => {
    const schema = loadDescriptorSet(withComments())
    expect(
      [
        'docs.v1.Paint',
        'docs.v1.Paint.name',
        'docs.v1.Paint.colour',
        'docs.v1.Paint.Mix',
        'docs.v1.Paint.Mix.parts',
        'docs.v1.Colour',
        'docs.v1.Colour.RED',
        'docs.v1.Painter',
        'docs.v1.Painter.Apply',
        'docs.v1.Painter.Watch',
        'docs.v1.Paint.shade',
      ].map((name) => schema.comment(name)),
    ).toEqual([
      'A coat of paint.',
      'Its name.',
      'Main.',
      'One part of a mix.',
      'How many.',
      'A colour by name.',
      'Bright red.',
      'Paints things.',
      'Applies paint.',
      undefined,
      undefined,
    ])
  })

  it('without source_code_info there are no comments', () => {
    expect(loadDescriptorSet(encodeSet(protoSet(PROTO))).comment('docs.v1.Paint')).toBeUndefined()
  })

  it.each([
    ['bytes that are no descriptor set', new Uint8Array([0xff, 0xff, 0xff])],
    ['a field of a type the set does not hold', withoutB()],
  ])('%s: BAD_DESCRIPTOR', (_, bytes) => {
    const error = (() => {
      try {
        return loadDescriptorSet(bytes)
      } catch (e) {
        return e
      }
    })()
    expect(error).toBeInstanceOf(GrpcBridgeError)
    expect((error as GrpcBridgeError).code).toBe('BAD_DESCRIPTOR')
    expect((error as GrpcBridgeError).message).toMatch(/^the descriptors could not be read: /)
    expect(() => createGrpcBridge({ target: '127.0.0.1:1', descriptorSet: bytes })).toThrow(
      GrpcBridgeError,
    )
  })
})

describe('toolDefinitions', () => {
  it('comments become the tool, message and field descriptions', () => {
    const [apply, watch] = toolDefinitions(loadDescriptorSet(withComments()))
    expect(apply!.description).toBe('Applies paint.')
    expect(watch!.description).toBe(
      'Calls docs.v1.Painter/Watch (server-streaming). Server streaming: the messages arrive as progress and are returned as `messages`.',
    )
    const input = apply!.inputSchema as {
      description: string
      properties: Record<string, Record<string, unknown>>
    }
    expect(input.description).toBe('A coat of paint.')
    expect(input.properties.name).toEqual({ type: 'string', description: 'Its name.' })
    expect(input.properties.colour).toEqual({
      type: 'string',
      enum: ['COLOUR_UNSPECIFIED', 'RED'],
      description: 'Main.',
    })
    expect(input.properties.shade).toEqual({
      type: 'string',
      enum: ['COLOUR_UNSPECIFIED', 'RED'],
      description: 'A colour by name.',
    })
    expect(input.properties.mixes).toEqual({
      type: 'array',
      items: {
        type: 'object',
        description: 'One part of a mix.',
        properties: {
          parts: { type: 'integer', minimum: 0, maximum: 4294967295, description: 'How many.' },
        },
        additionalProperties: false,
      },
    })
    expect(watch!.outputSchema).toEqual({
      type: 'object',
      properties: {
        messages: {
          type: 'array',
          items: { type: 'object', properties: {}, additionalProperties: false },
        },
      },
      required: ['messages'],
      additionalProperties: false,
    })
  })
})

describe('toolDefinitions of recursive messages', () => {
  it("streams keep the messages' $defs at the top of the schema, where $ref finds them", () => {
    const [bidi] = toolDefinitions(
      loadDescriptorSet(
        encodeSet(
          protoSet(`syntax = "proto3"; package r;
            message Tree { string name = 1; repeated Tree children = 2; }
            service Trees { rpc Grow(stream Tree) returns (stream Tree); }`),
        ),
      ),
    )
    for (const schema of [bidi!.inputSchema, bidi!.outputSchema]) {
      expect(Object.keys(schema.$defs as object)).toEqual(['r.Tree'])
      expect(fits(schema, { messages: [{ children: [{ children: [{ name: 'x' }] }] }] })).toBe(true)
      expect(fits(schema, { messages: [{ children: [{ children: [{ name: 1 }] }] }] })).toBe(false)
    }
  })
})
