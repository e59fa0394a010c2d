import { createTraceState, SpanKind, SpanStatusCode, type SpanStatus } from '@opentelemetry/api'
import { describe, expect, it } from 'vitest'
import { decodeOtlpProtobuf } from '../test/otlp-decode.js'
import { jsonEncoding } from './otlp-json.js'
import { protobufEncoding } from './otlp-protobuf.js'
import type { FinishedSpan } from './span-recorder.js'

const TRACE = '0af7651916cd43dd8448eb211c80319c'

/** A span as the recorder hands it to the exporter. */
function span(
  n: number,
  fields: Partial<FinishedSpan> & { status?: SpanStatus } = {},
): FinishedSpan {
  return {
    context: {
      traceId: TRACE,
      spanId: `b7ad6b71692033${String(n).padStart(2, '0')}`,
      traceFlags: 1,
    },
    parentSpanId: undefined,
    parentIsRemote: false,
    name: `span ${n}`,
    kind: SpanKind.INTERNAL,
    attributes: {},
    status: { code: SpanStatusCode.UNSET },
    events: undefined,
    links: undefined,
    // microseconds since the epoch: their nanoseconds pass 2^53
    startTime: 1_764_312_345_678_901 + n,
    endTime: 1_764_312_345_679_901 + n,
    ...fields,
  }
}

const SPANS: FinishedSpan[] = [
  span(1, {
    kind: SpanKind.SERVER,
    parentSpanId: '00f067aa0ba902b7',
    parentIsRemote: true,
    context: {
      traceId: TRACE,
      spanId: 'eee19b7ec3c1b174',
      traceFlags: 1,
      traceState: createTraceState('a=1,b=2'),
    },
    attributes: {
      short: 'tools/call',
      empty: '',
      long: 'x'.repeat(300),
      // the longest string with a one-byte length, the shortest without, and one that needs two
      // only for its last (non-ASCII) character
      ascii127: 'y'.repeat(127),
      ascii128: 'z'.repeat(128),
      lastWide: `${'a'.repeat(126)}é`,
      accents: 'café – ünïcödé ✓',
      emoji: '🚀'.repeat(30),
      count: 42,
      big: 2 ** 40,
      negative: -5,
      ratio: 0.25,
      yes: true,
      no: false,
      names: ['a', 'b'],
      numbers: [1, 2.5],
      flags: [true, false],
    },
    status: { code: SpanStatusCode.ERROR, message: 'boom' },
    events: [
      {
        name: 'exception',
        time: 1_764_312_345_679_000,
        attributes: { 'exception.message': 'boom' },
      },
      { name: 'bare', time: 1_764_312_345_679_001, attributes: undefined },
    ],
  }),
  span(2, {
    kind: SpanKind.CLIENT,
    status: { code: SpanStatusCode.OK },
    links: [
      {
        context: {
          traceId: TRACE,
          spanId: '1111111111111111',
          traceFlags: 0,
          isRemote: true,
          traceState: createTraceState('k=v'),
        },
        attributes: { why: 'follows' },
      },
      { context: { traceId: TRACE, spanId: '2222222222222222', traceFlags: 1 } },
    ],
  }),
  // longer than 16 KB: its length takes three bytes
  span(3, { attributes: { 'db.query.text': 'SELECT ?'.repeat(3000) } }),
]

/** Both encodings' exports as plain JSON, with what the two may spell differently made alike. */
function normalize(value: unknown): unknown {
  if (Array.isArray(value)) return value.length === 0 ? undefined : value.map(normalize)
  if (value === null || typeof value !== 'object') return value
  const out: Record<string, unknown> = {}
  for (const [key, field] of Object.entries(value)) {
    const normal = key === 'intValue' ? String(field) : normalize(field)
    if (normal !== undefined) out[key] = normal
  }
  // an UNSET status: `{ code: 0 }` in JSON, absent in protobuf
  if ('spanId' in out && 'name' in out) out.status ??= { code: 0 }
  return out
}

const RESOURCE = { 'service.name': 'svc', 'deployment.environment.name': 'prod' }

describe('OTLP protobuf encoding', () => {
  it('carries what the JSON encoding carries, decoded by protobufjs against the published field numbers', () => {
    const json = jsonEncoding(RESOURCE, '1.2.3').encode(SPANS, undefined).body
    // a buffer too small for the batch: the encoder grows it
    const { buffer, body } = protobufEncoding(RESOURCE, '1.2.3').encode(SPANS, Buffer.alloc(16))
    expect(buffer.length).toBeGreaterThan(16)
    expect(body.length).toBeLessThan(json.length)
    const fromProtobuf = normalize(decodeOtlpProtobuf(body))
    expect(fromProtobuf).toEqual(normalize(JSON.parse(json.toString())))
    expect(fromProtobuf).toMatchObject({
      resourceSpans: [
        {
          resource: {
            attributes: [
              { key: 'service.name', value: { stringValue: 'svc' } },
              { key: 'deployment.environment.name', value: { stringValue: 'prod' } },
            ],
          },
          scopeSpans: [{ scope: { name: 'switchyard', version: '1.2.3' } }],
        },
      ],
    })
  })

  it('starts a span at the nanosecond the recorder noted, past 2^53', () => {
    const { body } = protobufEncoding(RESOURCE, '1').encode([span(7)], undefined)
    const decoded = decodeOtlpProtobuf(body)
    const [exported] = decoded.resourceSpans?.[0]?.scopeSpans?.[0]?.spans ?? []
    expect(exported?.startTimeUnixNano).toBe('1764312345678908000')
    expect(exported?.endTimeUnixNano).toBe('1764312345679908000')
  })
})
