import protobuf from 'protobufjs'
import descriptor from 'protobufjs/ext/descriptor/index.js'
import { describe, expect, it } from 'vitest'
import { loadDescriptorSet } from './descriptors.js'
import { GrpcBridgeError } from './errors.js'
import { messageSchema } from './json-schema.js'
import { fromJson } from './json-to-proto.js'
import { toJson } from './proto-to-json.js'
import { encodeSet, expectFits, protoSet } from './test/helpers.js'

const { root } = loadDescriptorSet(
  encodeSet(
    protoSet(`syntax = "proto3"; package t;
      import "google/protobuf/any.proto";
      import "google/protobuf/timestamp.proto";
      import "google/protobuf/struct.proto";
      import "google/protobuf/wrappers.proto";
      enum Kind { KIND_UNSPECIFIED = 0; LEAF = 1; }
      message Node {
        string name = 1;
        map<int64, Node> by_id = 3;
        map<bool, string> flags = 4;
        map<uint64, Kind> kinds_by_id = 14;
        optional int32 maybe = 5;
        fixed64 big = 6;
        sint64 small = 7;
        repeated Kind kinds = 8;
        oneof pick { string a = 9; int32 b = 10; }
        double ratio = 12;
        bytes data = 13;
        google.protobuf.Any extra = 15;
        google.protobuf.Value value = 16;
        google.protobuf.Int32Value count = 17;
        string user_id = 18 [json_name = "uid"];
        string http__status = 19;
        float share = 20;
      }`),
  ),
)
const Node = root.lookupType('t.Node')

/** JSON -> message -> bytes -> message -> JSON. */
function roundTrip(type: protobuf.Type, json: unknown): unknown {
  const bytes = type.encode(fromJson(type, json)).finish()
  return toJson(type, type.decode(bytes) as unknown as Record<string, unknown>)
}

const DEFAULTS = {
  name: '',
  byId: {},
  flags: {},
  kindsById: {},
  big: '0',
  small: '0',
  kinds: [],
  ratio: 0,
  data: '',
  uid: '',
  httpStatus: '',
  share: 0,
}

describe('fromJson and toJson', () => {
  it('plain fields come back with their defaults; unset messages, oneofs and optionals do not', () => {
    expect(roundTrip(Node, {})).toEqual(DEFAULTS)
  })

  it('maps with 64-bit and bool keys, enums as map values', () => {
    const json = {
      byId: { '-7': { name: 'minus seven' }, '9007199254740993': { name: 'big' } },
      flags: { true: 'yes', false: 'no' },
      // protobufjs's key for 3472328296227680304 is the all-digit hash '00000000'
      kindsById: { '18446744073709551615': 'LEAF', '3472328296227680304': 'LEAF', '12345678': 0 },
    }
    const back = roundTrip(Node, json) as typeof json
    expect(back.byId).toEqual({
      '-7': { ...DEFAULTS, name: 'minus seven' },
      '9007199254740993': { ...DEFAULTS, name: 'big' },
    })
    expect(back.flags).toEqual(json.flags)
    expect(back.kindsById).toEqual({ ...json.kindsById, '12345678': 'KIND_UNSPECIFIED' })
    expectFits(messageSchema(Node, 'output'), back)
  })

  it('64-bit integers: text or safe numbers in, text out, extremes kept', () => {
    expect(roundTrip(Node, { big: '18446744073709551615', small: -5 })).toMatchObject({
      big: '18446744073709551615',
      small: '-5',
    })
    expect(() => fromJson(Node, { small: 2 ** 60 })).toThrow(/arguments.small: expected a 64-bit/)
    expect(() => fromJson(Node, { big: '-1' })).toThrow(/arguments.big: expected an unsigned/)
  })

  it('64-bit integers out of range are refused naming the field, not wrapped', () => {
    expect(roundTrip(Node, { small: '-9223372036854775808' })).toMatchObject({
      small: '-9223372036854775808',
    })
    expect(() => fromJson(Node, { small: '9223372036854775808' })).toThrow(
      'arguments.small: expected an integer from -9223372036854775808 to 9223372036854775807 (sint64)',
    )
    expect(() => fromJson(Node, { big: '18446744073709551616' })).toThrow(
      'arguments.big: expected an integer from 0 to 18446744073709551615 (fixed64)',
    )
    expect(() => fromJson(Node, { kindsById: { '18446744073709551617': 'LEAF' } })).toThrow(
      'arguments.kindsById.18446744073709551617: expected an integer from 0 to 18446744073709551615 (uint64)',
    )
  })

  it('proto3 optional, oneof members and wrappers are present only when set, even at zero', () => {
    expect(roundTrip(Node, { maybe: 0, b: 0, count: 0 })).toEqual({
      ...DEFAULTS,
      maybe: 0,
      b: 0,
      count: 0,
    })
  })

  it('enums by name or number; bytes base64 in (standard or URL-safe), standard out', () => {
    expect(roundTrip(Node, { kinds: ['LEAF', 0, 1], data: '-_8' })).toMatchObject({
      kinds: ['LEAF', 'KIND_UNSPECIFIED', 'LEAF'],
      data: '+/8=',
    })
  })

  it('floats come back as the shortest number that is the same float', () => {
    const cases: [number, number][] = [
      [0.1, 0.1],
      [1.1, 1.1],
      [0.5, 0.5],
      [16777217, 16777216],
      [3.4028234663852886e38, 3.4028235e38],
      [1e-45, 1e-45],
    ]
    for (const [share, back] of cases)
      expect([share, (roundTrip(Node, { share }) as { share: number }).share]).toEqual([
        share,
        back,
      ])
  })

  it('non-finite doubles travel as text, which both schemas take', () => {
    expect(roundTrip(Node, { ratio: 'NaN' })).toMatchObject({ ratio: 'NaN' })
    const back = roundTrip(Node, { ratio: '-Infinity' })
    expect(back).toMatchObject({ ratio: '-Infinity' })
    expectFits(messageSchema(Node, 'input'), { ratio: 'Infinity' })
    expectFits(messageSchema(Node, 'output'), back)
  })

  it('an enum number the descriptors do not name comes back as that number, which the schema takes', () => {
    const back = roundTrip(Node, { kinds: [7, 'LEAF'], kindsById: { 1: 9 } })
    expect(back).toMatchObject({ kinds: [7, 'LEAF'], kindsById: { 1: 9 } })
    expectFits(messageSchema(Node, 'output'), back)
    expect(() => fromJson(Node, { kinds: [2 ** 31] })).toThrow(
      'arguments.kinds[0]: expected one of',
    )
  })

  it('null leaves a field unset, except in a Value, where it is the null value', () => {
    expect(roundTrip(Node, { name: null, value: null })).toEqual({ ...DEFAULTS, value: null })
    expect(roundTrip(Node, { value: { a: [1, 'b', true, null, {}] } })).toMatchObject({
      value: { a: [1, 'b', true, null, {}] },
    })
  })

  it('Any: a message by its type URL, or a well-known type under value', () => {
    const money = { '@type': 'type.googleapis.com/t.Node', name: 'inner', big: '5' }
    expect(roundTrip(Node, { extra: money })).toMatchObject({
      extra: { ...DEFAULTS, ...money },
    })
    const stamp = {
      '@type': 'type.googleapis.com/google.protobuf.Timestamp',
      value: '1969-12-31T23:59:59.500Z',
    }
    expect(roundTrip(Node, { extra: stamp })).toMatchObject({ extra: stamp })
    // a well-known type the descriptors do not hold (nothing here imports duration.proto)
    const took = { '@type': 'type.googleapis.com/google.protobuf.Duration', value: '1.500s' }
    expect(roundTrip(Node, { extra: took })).toMatchObject({ extra: took })
    expect(() => fromJson(Node, { extra: { '@type': 'type.googleapis.com/x.Nope' } })).toThrow(
      "arguments.extra: unknown message type type.googleapis.com/x.Nope in '@type'",
    )
  })

  it('Any: a google.protobuf message without a JSON form of its own is its fields', () => {
    const set = protoSet(`syntax = "proto3"; package h; import "google/protobuf/any.proto";
      message Holder { google.protobuf.Any extra = 1; }`)
    const fileName = { name: 'file_name', jsonName: 'fileName', number: 1, label: 1, type: 9 }
    set.file
      .find((file) => file.package === 'google.protobuf')!
      .messageType.push({ name: 'SourceContext', field: [fileName], nestedType: [] })
    const Holder = loadDescriptorSet(encodeSet(set)).root.lookupType('h.Holder')
    const extra = {
      '@type': 'type.googleapis.com/google.protobuf.SourceContext',
      fileName: 'shop.proto',
    }
    expect(roundTrip(Holder, { extra })).toEqual({ extra })
    expect(() =>
      fromJson(Holder, { extra: { '@type': extra['@type'], value: { fileName: 'x' } } }),
    ).toThrow(/arguments\.extra\.value/)
  })

  it('proto2: an unset optional field is left out, a set one is there even at its default', () => {
    const proto2 = protobuf.parse(
      `syntax = "proto2"; package p2;
      message Item {
        required string sku = 1;
        optional int32 count = 2;
        optional string note = 3 [default = "none"];
        repeated int32 sizes = 4;
      }`,
      { keepCase: true },
    ).root
    const set = proto2.toDescriptor('proto2') as unknown as {
      file: { syntax?: string | undefined }[]
    }
    // as protoc describes a proto2 file: `syntax = "proto2"`, or no syntax at all
    for (const syntax of ['proto2', undefined]) {
      set.file[0]!.syntax = syntax
      const Item = loadDescriptorSet(
        descriptor.FileDescriptorSet.encode(set).finish(),
      ).root.lookupType('p2.Item')
      expect(roundTrip(Item, { sku: 'BK-1' })).toEqual({ sku: 'BK-1', sizes: [] })
      expect(roundTrip(Item, { sku: 'BK-1', count: 0, note: 'none' })).toEqual({
        sku: 'BK-1',
        count: 0,
        note: 'none',
        sizes: [],
      })
    }
  })

  it('Timestamp: only real dates from year 1 to 9999, both ways', () => {
    const Stamp = root.lookupType('google.protobuf.Timestamp')
    for (const text of ['2026-02-30T00:00:00Z', '2026-01-31T24:00:00Z', '0000-12-31T23:59:59Z'])
      expect(() => fromJson(Stamp, text), text).toThrow(/^arguments: expected a/)
    expect(roundTrip(Stamp, '0001-01-01T00:00:00Z')).toBe('0001-01-01T00:00:00Z')
    expect(roundTrip(Stamp, '9999-12-31T23:59:59.999999999Z')).toBe(
      '9999-12-31T23:59:59.999999999Z',
    )
    for (const seconds of ['253402300800', '100000000000000', '-62135596801'])
      expect(() => toJson(Stamp, { seconds, nanos: 0 })).toThrow(
        `a Timestamp of ${seconds} s is not within years 1 to 9999`,
      )
  })

  it('Timestamp and Duration: offsets, before 1970, negative and fractional durations', () => {
    const Stamp = root.lookupType('google.protobuf.Timestamp')
    expect(roundTrip(Stamp, '2026-01-31T13:30:00.000000001+01:30')).toBe(
      '2026-01-31T12:00:00.000000001Z',
    )
    expect(roundTrip(Stamp, '1969-12-31T23:59:59.250Z')).toBe('1969-12-31T23:59:59.250Z')
  })

  it("field names: the descriptor's json_name; inputs take the names as written too", () => {
    expect(roundTrip(Node, { uid: 'a', httpStatus: 'b' })).toMatchObject({
      uid: 'a',
      httpStatus: 'b',
    })
    expect(roundTrip(Node, { user_id: 'a', http__status: 'b' })).toMatchObject({
      uid: 'a',
      httpStatus: 'b',
    })
    expect(() => fromJson(Node, { userId: 'a' })).toThrow('arguments.userId: not a field of t.Node')
  })

  it("field names without json_name (protobufjs's descriptors): made as protoc makes them", () => {
    const set = protoSet(
      'syntax = "proto3"; package o; message Odd { string http__status = 1; string _under = 2; string x_ = 3; string a_b_1c = 4; }',
    )
    for (const field of set.file[0]!.messageType[0]!.field) delete field.jsonName
    const Odd = loadDescriptorSet(encodeSet(set)).root.lookupType('o.Odd')
    expect(Object.keys(roundTrip(Odd, {}) as object)).toEqual(['httpStatus', 'Under', 'x', 'aB1c'])
  })

  it('every error is an INVALID_ARGUMENTS GrpcBridgeError naming the path', () => {
    const cases: [unknown, string][] = [
      ['text', 'arguments: expected an object (t.Node)'],
      [{ byId: { x: {} } }, 'arguments.byId.x: map key must be an integer (int64)'],
      [{ flags: { maybe: 'x' } }, 'arguments.flags.maybe: map key must be true or false'],
      [{ byId: { 1: { kinds: ['NOPE'] } } }, 'arguments.byId.1.kinds[0]: expected one of'],
      [{ a: 'x', b: 1 }, 'arguments: a and b are both in oneof pick: give one'],
      [{ maybe: 1.5 }, 'arguments.maybe: expected an integer'],
      [{ count: 'one' }, 'arguments.count: expected an integer'],
      [{ ratio: '1.5' }, 'arguments.ratio: expected a number'],
      [{ uid: 'a', user_id: 'b' }, 'arguments: uid and user_id name the same field: give one'],
      [{ data: 'AAECA' }, 'arguments.data: expected base64 text'],
      [
        {
          value: { a: 1 },
          extra: {
            '@type': 'type.googleapis.com/google.protobuf.Duration',
            value: '-315576000001s',
          },
        },
        'arguments.extra: expected a duration of at most 315576000000s either way',
      ],
      [{ share: -1e39 }, 'arguments.share: expected a number a 32-bit float holds (up to 3.4e38)'],
    ]
    for (const [json, message] of cases) {
      const error = (() => {
        try {
          return fromJson(Node, json)
        } catch (e) {
          return e
        }
      })()
      expect(error).toBeInstanceOf(GrpcBridgeError)
      expect([json, (error as GrpcBridgeError).code]).toEqual([json, 'INVALID_ARGUMENTS'])
      expect((error as GrpcBridgeError).message).toContain(message)
    }
  })
})
