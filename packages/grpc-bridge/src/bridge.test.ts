import { startShopServer, type ShopServer } from '@switchyard/grpc-fixture'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createGrpcBridge, type GrpcBridge } from './bridge.js'
import { discover } from './discover.js'
import { GrpcBridgeError } from './errors.js'
import { encodeSet, expectFits, KNOWN, protoSet } from './test/helpers.js'

let server: ShopServer
let bridge: GrpcBridge

beforeAll(async () => {
  server = await startShopServer()
  const { descriptorSet } = await discover({ target: server.target })
  bridge = createGrpcBridge({
    target: server.target,
    descriptorSet,
    metadata: { 'x-tenant': 'acme' },
  })
})
afterAll(async () => {
  bridge.close()
  await server.close()
})

const tool = (name: string) => bridge.tools.find((t) => t.name === `shop.v1.Shop.${name}`)!

/** Calls a tool, checks its result against the tool's output schema, and returns it. */
async function call(name: string, args: Record<string, unknown>) {
  const result = await bridge.call(`shop.v1.Shop.${name}`, args)
  expect(result.isError).toBeUndefined()
  expectFits(tool(name).outputSchema, result.structuredContent)
  expect(JSON.parse(result.content[0]!.text)).toEqual(result.structuredContent)
  return result.structuredContent
}

describe('createGrpcBridge: the four call kinds', () => {
  it('unary: GetProduct answers in canonical JSON (enum names, int64 text, bytes base64, maps)', async () => {
    expect(await call('GetProduct', { sku: 'BK-1' })).toEqual({
      sku: 'BK-1',
      displayName: 'The Pragmatic Programmer',
      category: 'BOOKS',
      price: { currency: 'EUR', units: '42', nanos: 500_000_000 },
      tags: ['classic', 'craft'],
      attributes: { pages: '352' },
      thumbnail: Buffer.from('png!').toString('base64'),
      addedAt: '2023-11-14T22:13:20Z',
    })
  })

  it('unary: PlaceOrder takes nested, repeated, a oneof member, a map and a nested enum', async () => {
    const order = {
      orderId: 'o-1',
      lines: [
        {
          sku: 'BK-1',
          quantity: 2,
          unitPrice: { currency: 'EUR', units: '42', nanos: 500_000_000 },
        },
        { sku: 'TL-1', quantity: 1, unitPrice: { currency: 'EUR', units: 12 } },
      ],
      shipTo: { street: 'Main St 1', city: 'Berlin', countryCode: 'DE' },
      coupons: { WELCOME: 5 },
      tier: 'GOLD',
    }
    expectFits(tool('PlaceOrder').inputSchema, order)
    expect(await call('PlaceOrder', order)).toEqual({
      orderId: 'o-1',
      total: { currency: 'EUR', units: '92', nanos: 0 },
      placedAt: '2027-01-15T08:00:00Z',
      estimatedDelivery: '86400s',
      delivery: 'ship to Main St 1, Berlin (DE)',
      receiptNumber: '18446744073709551615',
    })
  })

  it('unary: original proto field names are accepted too', async () => {
    const receipt = await call('PlaceOrder', {
      order_id: 'o-2',
      lines: [{ sku: 'TL-1', quantity: 1, unit_price: { units: '12' } }],
      pickup_store: 'Mitte',
    })
    expect(receipt).toMatchObject({ orderId: 'o-2', delivery: 'pick up at Mitte' })
  })

  it('unary: every well-known type makes the round trip unchanged', async () => {
    expectFits(tool('EchoKnown').inputSchema, KNOWN)
    expect(await call('EchoKnown', KNOWN)).toEqual(KNOWN)
  })

  it('unary: unset well-known fields stay unset; Empty in, Struct out', async () => {
    expect(await call('EchoKnown', {})).toEqual({})
    expect(await call('EchoKnown', { at: '2026-01-31T13:00:00+01:00', took: '0s' })).toEqual({
      at: '2026-01-31T12:00:00Z',
      took: '0s',
    })
  })

  it('server streaming: each message reaches onMessage as it arrives; all come back as messages', async () => {
    const seen: [unknown, number][] = []
    const result = await bridge.call(
      'shop.v1.Shop.ListProducts',
      { category: 'BOOKS' },
      { onMessage: (message, count) => seen.push([message, count]) },
    )
    const { messages } = result.structuredContent as { messages: { sku: string }[] }
    expect(messages.map((m) => m.sku)).toEqual(['BK-1', 'BK-2'])
    expect(seen).toEqual(messages.map((m, i) => [m, i + 1]))
    expectFits(tool('ListProducts').outputSchema, result.structuredContent)
  })

  it('server streaming: an empty stream gives an empty list', async () => {
    expect(await call('ListProducts', { category: 'CATEGORY_UNSPECIFIED' })).toEqual({
      messages: [],
    })
  })

  it('client streaming: SumLines takes the messages as an array', async () => {
    const lines = [
      { sku: 'a', quantity: 3, unitPrice: { units: '2', nanos: 500_000_000 } },
      { sku: 'b', quantity: 1, unitPrice: { units: '1' } },
    ]
    expect(await call('SumLines', { messages: lines })).toEqual({
      total: { currency: 'EUR', units: '8', nanos: 500_000_000 },
      count: 2,
    })
  })

  it('bidirectional streaming: Chat answers each message', async () => {
    expect(await call('Chat', { messages: [{ text: 'hi' }, { text: 'there' }] })).toEqual({
      messages: [{ text: 'HI' }, { text: 'THERE' }],
    })
  })

  it('metadata from the bridge and from the call reach the server', async () => {
    const result = await bridge.call('shop.v1.Shop.Whoami', {}, { metadata: { 'X-User': 'kim' } })
    expect(result.structuredContent).toMatchObject({ 'x-tenant': 'acme', 'x-user': 'kim' })
  })
})

describe('createGrpcBridge: failures', () => {
  it.each([
    [5, 'NOT_FOUND'],
    [3, 'INVALID_ARGUMENT'],
    [7, 'PERMISSION_DENIED'],
    [14, 'UNAVAILABLE'],
    [16, 'UNAUTHENTICATED'],
  ])('status %i becomes an isError result naming %s', async (code, name) => {
    const result = await bridge.call('shop.v1.Shop.Fail', { code, message: 'it went wrong' })
    expect(result).toEqual({
      content: [
        { type: 'text', text: `gRPC /shop.v1.Shop/Fail failed: ${name} (${code}): it went wrong` },
      ],
      isError: true,
    })
  })

  it("a status's google.rpc details come in JSON: from error_details.proto, the target's types, else base64", async () => {
    const result = await bridge.call('shop.v1.Shop.Fail', {
      code: 3,
      message: 'bad sku',
      withDetails: true,
    })
    expect(result.isError).toBe(true)
    const [head, details] = result.content[0]!.text.split('; details: ')
    expect(head).toBe('gRPC /shop.v1.Shop/Fail failed: INVALID_ARGUMENT (3): bad sku')
    expect(JSON.parse(details!)).toEqual([
      {
        '@type': 'type.googleapis.com/google.rpc.BadRequest',
        fieldViolations: [{ field: 'sku', description: 'no such product', reason: '' }],
      },
      { '@type': 'type.googleapis.com/shop.v1.Money', currency: 'EUR', units: '-3', nanos: 0 },
      { '@type': 'type.googleapis.com/acme.Secret', value: 'aGk=' },
    ])
  })

  it('a streamed answer past maxAnswerBytes is cancelled: RESOURCE_EXHAUSTED, not held in memory', async () => {
    const { descriptorSet } = await discover({ target: server.target })
    const small = createGrpcBridge({ target: server.target, descriptorSet, maxAnswerBytes: 100 })
    const seen: unknown[] = []
    try {
      const messages = Array.from({ length: 50 }, (_, i) => ({ text: `message ${i}` }))
      const result = await small.call(
        'shop.v1.Shop.Chat',
        { messages },
        { onMessage: (message) => seen.push(message) },
      )
      expect(result).toEqual({
        content: [
          {
            type: 'text',
            text: "gRPC /shop.v1.Shop/Chat failed: RESOURCE_EXHAUSTED (8): the answer's messages take more than 100 bytes in all; the call was cancelled",
          },
        ],
        isError: true,
      })
      expect(seen.length).toBeGreaterThan(0)
      expect(seen.length).toBeLessThan(50)
      // the channel still serves the next call
      expect(
        (await small.call('shop.v1.Shop.Chat', { messages: [{ text: 'ok' }] })).structuredContent,
      ).toEqual({ messages: [{ text: 'OK' }] })
    } finally {
      small.close()
    }
  })

  it('answers that cannot be read end the call with INTERNAL, streamed ones too (not the process)', async () => {
    // descriptors that do not fit the server: its Product begins with a string, not a Timestamp
    const misread = createGrpcBridge({
      target: server.target,
      descriptorSet: encodeSet(
        protoSet(`syntax = "proto3"; package shop.v1; import "google/protobuf/timestamp.proto";
          enum Category { CATEGORY_UNSPECIFIED = 0; BOOKS = 1; }
          message ListProductsRequest { Category category = 1; uint32 limit = 2; }
          message Product { google.protobuf.Timestamp sku = 1; }
          service Shop { rpc ListProducts(ListProductsRequest) returns (stream Product); }`),
      ),
    })
    try {
      const seen: unknown[] = []
      const result = await misread.call(
        'shop.v1.Shop.ListProducts',
        { category: 'BOOKS' },
        { onMessage: (message) => seen.push(message) },
      )
      expect(result.isError).toBe(true)
      expect(result.content[0]!.text).toMatch(
        /^gRPC \/shop.v1.Shop\/ListProducts failed: INTERNAL \(13\): the answer cannot be read as shop.v1.Product: /,
      )
      expect(seen).toEqual([])
    } finally {
      misread.close()
    }
  })

  it('a failing unary call from the service itself is an isError result too', async () => {
    const result = await bridge.call('shop.v1.Shop.GetProduct', { sku: 'nope' })
    expect(result.isError).toBe(true)
    expect(result.content[0]!.text).toMatch(/NOT_FOUND \(5\): no product 'nope'/)
  })

  it('a call past its deadline is DEADLINE_EXCEEDED, and ends on the server too', async () => {
    const before = server.cancelledSleeps
    const started = Date.now()
    const result = await bridge.call('shop.v1.Shop.Sleep', { ms: 5_000 }, { timeoutMs: 200 })
    expect(Date.now() - started).toBeLessThan(2_000)
    expect(result.isError).toBe(true)
    expect(result.content[0]!.text).toMatch(/DEADLINE_EXCEEDED \(4\): no answer within 200 ms/)
    await expect.poll(() => server.cancelledSleeps).toBe(before + 1)
  })

  it('a call within its deadline answers', async () => {
    expect(await call('Sleep', { ms: 20 })).toEqual({})
  })

  it('aborting the signal cancels the call on the server and rejects with the reason', async () => {
    const before = server.cancelledSleeps
    const controller = new AbortController()
    const pending = bridge.call('shop.v1.Shop.Sleep', { ms: 5_000 }, { signal: controller.signal })
    setTimeout(() => controller.abort(new Error('user gave up')), 100)
    const started = Date.now()
    await expect(pending).rejects.toThrow('user gave up')
    expect(Date.now() - started).toBeLessThan(2_000)
    await expect.poll(() => server.cancelledSleeps).toBe(before + 1)
  })

  it('an already aborted signal never starts the call', async () => {
    const reason = new Error('too late')
    await expect(
      bridge.call('shop.v1.Shop.Sleep', { ms: 10 }, { signal: AbortSignal.abort(reason) }),
    ).rejects.toBe(reason)
  })

  it('an unknown tool is UNKNOWN_METHOD', async () => {
    const error = await bridge.call('shop.v1.Shop.Nope', {}).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(GrpcBridgeError)
    expect(error).toMatchObject({
      code: 'UNKNOWN_METHOD',
      message: "no gRPC method behind tool 'shop.v1.Shop.Nope'",
    })
  })

  it.each([
    [
      'PlaceOrder',
      { lines: [{ quantity: -1 }] },
      'arguments.lines[0].quantity: expected an integer from 0 to 4294967295 (uint32)',
    ],
    ['PlaceOrder', { tier: 'PLATINUM' }, 'arguments.tier: expected one of STANDARD, GOLD'],
    ['PlaceOrder', { colour: 'red' }, 'arguments.colour: not a field of shop.v1.Order'],
    [
      'PlaceOrder',
      { shipTo: {}, pickupStore: 'Mitte' },
      'arguments: shipTo and pickupStore are both in oneof delivery: give one',
    ],
    ['PlaceOrder', { coupons: { X: 'many' } }, 'arguments.coupons.X: expected an integer'],
    ['PlaceOrder', { lines: 'all' }, 'arguments.lines: expected an array'],
    ['EchoKnown', { at: 'yesterday' }, 'arguments.at: expected an RFC 3339 timestamp'],
    ['EchoKnown', { took: '5 minutes' }, 'arguments.took: expected a duration'],
    ['EchoKnown', { big: '1e3' }, 'arguments.big: expected a 64-bit integer as a decimal string'],
    [
      'EchoKnown',
      { big: '9223372036854775808' },
      'arguments.big: expected an integer from -9223372036854775808 to 9223372036854775807 (int64)',
    ],
    ['EchoKnown', { blob: 'not base64!' }, 'arguments.blob: expected base64 text'],
    [
      'EchoKnown',
      { packed: { currency: 'EUR' } },
      "arguments.packed: expected an object with '@type'",
    ],
    ['SumLines', {}, 'arguments.messages: expected an array of request messages'],
    ['SumLines', { messages: [{ sku: 1 }] }, 'arguments.messages[0].sku: expected a string'],
  ])('%s %j is INVALID_ARGUMENTS naming the path', async (name, args, message) => {
    const error = await bridge.call(`shop.v1.Shop.${name}`, args).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(GrpcBridgeError)
    expect((error as GrpcBridgeError).code).toBe('INVALID_ARGUMENTS')
    expect((error as GrpcBridgeError).message).toContain(message)
  })
})
