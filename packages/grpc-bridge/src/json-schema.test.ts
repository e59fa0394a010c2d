import { startShopServer } from '@switchyard/grpc-fixture'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadDescriptorSet, type GrpcSchema } from './descriptors.js'
import { discover } from './discover.js'
import { messageSchema, type JsonSchema } from './json-schema.js'
import { encodeSet, fits, KNOWN, protoSet } from './test/helpers.js'

let shop: GrpcSchema
let tree: GrpcSchema

beforeAll(async () => {
  const server = await startShopServer()
  try {
    shop = loadDescriptorSet((await discover({ target: server.target })).descriptorSet)
  } finally {
    await server.close()
  }
  tree = loadDescriptorSet(
    encodeSet(
      protoSet(`syntax = "proto3"; package t;
        enum Kind { KIND_UNSPECIFIED = 0; LEAF = 1; }
        message Node {
          string name = 1;
          repeated Node children = 2;
          map<int64, Node> by_id = 3;
          map<bool, string> flags = 4;
          optional int32 maybe = 5;
          fixed64 big = 6;
          sint64 small = 7;
          repeated Kind kinds = 8;
          oneof pick { string a = 9; int32 b = 10; bool c = 11; }
          float ratio = 12;
          uint32 count = 13;
        }`),
    ),
  )
})

const schemaOf = (schema: GrpcSchema, type: string, mode: 'input' | 'output' = 'input') =>
  messageSchema(schema.root.lookupType(type), mode)
const props = (schema: JsonSchema) => schema.properties as Record<string, JsonSchema>

describe('messageSchema: protobuf JSON mapping', () => {
  it('nested messages, repeated fields, maps as objects, enums by name, int64 and bytes as text', () => {
    const product = schemaOf(shop, 'shop.v1.Product', 'output')
    expect(product).toMatchObject({ type: 'object', additionalProperties: false })
    expect(props(product)).toEqual({
      sku: { type: 'string' },
      displayName: { type: 'string' },
      category: {
        anyOf: [
          { type: 'string', enum: ['CATEGORY_UNSPECIFIED', 'BOOKS', 'TOOLS'] },
          { type: 'integer' },
        ],
      },
      price: {
        type: 'object',
        properties: {
          currency: { type: 'string' },
          units: {
            type: 'string',
            pattern: '^-?[0-9]+$',
            description: '64-bit integer, as a decimal string',
          },
          nanos: { type: 'integer', minimum: -2147483648, maximum: 2147483647 },
        },
        additionalProperties: false,
      },
      tags: { type: 'array', items: { type: 'string' } },
      attributes: { type: 'object', additionalProperties: { type: 'string' } },
      thumbnail: { type: 'string', contentEncoding: 'base64' },
      addedAt: {
        type: 'string',
        format: 'date-time',
        description: 'RFC 3339 timestamp, such as 2026-01-31T12:00:00Z',
      },
    })
  })

  it('inputs take 64-bit integers as text or numbers; outputs give text', () => {
    const input = props(schemaOf(shop, 'shop.v1.Money'))
    expect(input.units!.type).toEqual(['string', 'integer'])
    const receipt = props(schemaOf(shop, 'shop.v1.OrderReceipt', 'output'))
    expect(receipt.receiptNumber).toMatchObject({ type: 'string', pattern: '^[0-9]+$' })
    const node = props(schemaOf(tree, 't.Node'))
    expect(node.big).toMatchObject({ type: ['string', 'integer'], pattern: '^[0-9]+$' })
    expect(node.small).toMatchObject({ type: ['string', 'integer'], pattern: '^-?[0-9]+$' })
  })

  it('every well-known type as its JSON form', () => {
    const known = props(schemaOf(shop, 'shop.v1.KnownTypes'))
    expect(known).toMatchObject({
      at: { type: 'string', format: 'date-time' },
      took: { type: 'string', pattern: '^-?[0-9]+(\\.[0-9]{1,9})?s$' },
      big: { type: ['string', 'integer'], pattern: '^-?[0-9]+$' },
      mask: { type: 'string' },
    })
    const { at, took, big, mask, ...exact } = known
    expect([at, took, big, mask].map((s) => typeof s!.description)).toEqual(Array(4).fill('string'))
    expect(exact).toEqual({
      details: { type: 'object' },
      anything: {},
      nickname: { type: 'string' },
      flag: { type: 'boolean' },
      nothing: { type: 'object', properties: {}, additionalProperties: false },
      ratio: {
        type: ['number', 'string'],
        pattern: '^(NaN|-?Infinity)$',
        description: 'a number, or NaN, Infinity or -Infinity as a string',
      },
      blob: { type: 'string', contentEncoding: 'base64' },
      list: { type: 'array' },
      packed: { type: 'object', properties: { '@type': { type: 'string' } }, required: ['@type'] },
    })
  })

  it('the well-known values fit the schema, and values of the wrong JSON type do not', () => {
    const known = schemaOf(shop, 'shop.v1.KnownTypes')
    expect(fits(known, KNOWN)).toBe(true)
    for (const bad of [
      { at: 'yesterday' },
      { took: '5m' },
      { details: [1] },
      { nickname: 3 },
      { flag: 'yes' },
      { nothing: { a: 1 } },
      { list: {} },
      { packed: { value: 1 } },
      { extra: 1 },
    ])
      expect([bad, fits(known, bad)]).toEqual([bad, false])
  })

  it('a oneof allows at most one member', () => {
    const order = schemaOf(shop, 'shop.v1.Order')
    expect(order.allOf).toEqual([
      {
        not: { anyOf: [{ required: ['shipTo', 'pickupStore'] }] },
        description: 'oneof delivery: at most one of shipTo, pickupStore',
      },
    ])
    expect(fits(order, {})).toBe(true)
    expect(fits(order, { pickupStore: 'Mitte' })).toBe(true)
    expect(fits(order, { shipTo: { city: 'Berlin' } })).toBe(true)
    expect(fits(order, { shipTo: {}, pickupStore: 'Mitte' })).toBe(false)
    const node = schemaOf(tree, 't.Node')
    expect(fits(node, { a: 'x' })).toBe(true)
    expect(fits(node, { a: 'x', c: true })).toBe(false)
    expect(fits(node, { b: 1, c: true })).toBe(false)
  })

  it('proto3 optional is a plain field, not a oneof', () => {
    const node = schemaOf(tree, 't.Node')
    expect(props(node).maybe).toEqual({
      type: 'integer',
      minimum: -2147483648,
      maximum: 2147483647,
    })
    expect(fits(node, { maybe: 1, a: 'x' })).toBe(true)
  })

  it('map keys: integers as decimal text, bools as true/false; enums by name', () => {
    const node = props(schemaOf(tree, 't.Node'))
    expect(node.byId).toMatchObject({ type: 'object', propertyNames: { pattern: '^-?[0-9]+$' } })
    expect(node.flags).toEqual({
      type: 'object',
      propertyNames: { enum: ['true', 'false'] },
      additionalProperties: { type: 'string' },
    })
    expect(node.kinds).toEqual({
      type: 'array',
      items: { type: 'string', enum: ['KIND_UNSPECIFIED', 'LEAF'] },
    })
    const schema = schemaOf(tree, 't.Node')
    expect(fits(schema, { byId: { '-7': { name: 'x' } }, flags: { true: 'y' } })).toBe(true)
    expect(fits(schema, { byId: { seven: {} } })).toBe(false)
    expect(fits(schema, { flags: { yes: 'y' } })).toBe(false)
    expect(fits(schema, { kinds: ['LEAF', 'KIND_UNSPECIFIED'] })).toBe(true)
    for (const kind of ['NOPE', 1, 'leaf'])
      expect([kind, fits(schema, { kinds: [kind] })]).toEqual([kind, false])
    // an answer may carry a value added to the server's enum since its descriptors were read
    const output = schemaOf(tree, 't.Node', 'output')
    expect(fits(output, { kinds: ['LEAF', 7] })).toBe(true)
    expect(fits(output, { kinds: ['NOPE'] })).toBe(false)
  })

  it('a recursive message is described once under $defs and referred to at each repeat', () => {
    const node = schemaOf(tree, 't.Node')
    expect(props(node).children).toEqual({ type: 'array', items: { $ref: '#/$defs/t.Node' } })
    expect(props(node).byId).toMatchObject({ additionalProperties: { $ref: '#/$defs/t.Node' } })
    const { $defs, ...top } = node
    expect($defs).toEqual({ 't.Node': top })
    expect(fits(node, { children: [{ children: [{ name: 'leaf', kinds: ['LEAF'] }] }] })).toBe(true)
    expect(fits(node, { children: [{ children: [{ nope: 1 }] }] })).toBe(false)
    expect(fits(node, { byId: { 1: { children: [{ count: -1 }] } } })).toBe(false)
  })

  it('messages that all contain one another: one definition each, not one per path', () => {
    const names = Array.from({ length: 8 }, (_, i) => `T${i}`)
    const fields = names.map((n, i) => `${n} f${i} = ${i + 1};`).join(' ')
    const web = loadDescriptorSet(
      encodeSet(
        protoSet(
          `syntax = "proto3"; package m; ${names.map((n) => `message ${n} { ${fields} }`).join(' ')}`,
        ),
      ),
    )
    const schema = schemaOf(web, 'm.T0')
    expect(Object.keys(schema.$defs as object).sort()).toEqual(names.map((n) => `m.${n}`))
    expect(JSON.stringify(schema).length).toBeLessThan(10_000)
    expect(fits(schema, { f1: { f2: { f3: { f0: { f7: {} } } } } })).toBe(true)
    expect(fits(schema, { f1: { f2: { f3: { f0: { f7: { f9: {} } } } } } })).toBe(false)
  })

  it('messages used in many places: written out in place while small, once under $defs when not', () => {
    // D0 holds two D1s, each D1 two D2s, ...: 2^14 copies of D14 written out in place
    const chain = Array.from(
      { length: 15 },
      (_, i) =>
        `message D${i} { string name = 1; ${i < 14 ? `D${i + 1} a = 2; D${i + 1} b = 3;` : ''} }`,
    )
    const dag = loadDescriptorSet(
      encodeSet(protoSet(`syntax = "proto3"; package d; ${chain.join(' ')}`)),
    )
    const small = schemaOf(dag, 'd.D12')
    expect(small.$defs).toBeUndefined()
    expect(props(small).a).toMatchObject({ type: 'object', properties: { a: { type: 'object' } } })
    const large = schemaOf(dag, 'd.D0')
    expect(Object.keys(large.$defs as object)).toHaveLength(14)
    expect(props(large).a).toEqual({ $ref: '#/$defs/d.D1' })
    expect(JSON.stringify(large).length).toBeLessThan(10_000)
    expect(fits(large, { a: { b: { a: { name: 'x' } } } })).toBe(true)
    expect(fits(large, { a: { b: { a: { name: 1 } } } })).toBe(false)
  })

  it('32-bit integers carry their ranges; floats are numbers, or NaN and infinities as text', () => {
    const node = schemaOf(tree, 't.Node')
    expect(props(node).count).toEqual({ type: 'integer', minimum: 0, maximum: 4294967295 })
    expect(props(node).ratio).toMatchObject({ type: ['number', 'string'] })
    expect(fits(node, { count: -1 })).toBe(false)
    expect(fits(node, { count: 4294967296 })).toBe(false)
    for (const ratio of [1.5, 'NaN', 'Infinity', '-Infinity'])
      expect([ratio, fits(node, { ratio })]).toEqual([ratio, true])
    for (const ratio of ['1.5', 'nan', null])
      expect([ratio, fits(node, { ratio })]).toEqual([ratio, false])
  })
})
