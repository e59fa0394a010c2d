import { SpanStatusCode, type Attributes, type AttributeValue, type Link } from '@opentelemetry/api'
import { otlpSpanFlags, type OtlpEncoding } from './otlp-encoding.js'
import type { FinishedSpan, SpanEvent } from './span-recorder.js'

/**
 * OTLP/HTTP protobuf: an `ExportTraceServiceRequest` (opentelemetry-proto, collector/trace/v1)
 * written straight from the recorded spans into a growable buffer, with no message objects in
 * between. Fields at their defaults are left out, as proto3 does.
 */
export function protobufEncoding(
  resourceAttributes: Attributes,
  scopeVersion: string,
): OtlpEncoding {
  return {
    contentType: 'application/x-protobuf',
    encode(spans, buffer) {
      const w = new ProtoWriter(buffer)
      const resourceSpans = w.begin(1)
      const resource = w.begin(1)
      attributes(w, 1, resourceAttributes)
      w.end(resource)
      const scopeSpans = w.begin(2)
      const scope = w.begin(1)
      w.string(1, 'switchyard')
      w.string(2, scopeVersion)
      w.end(scope)
      for (const span of spans) writeSpan(w, span)
      w.end(scopeSpans)
      w.end(resourceSpans)
      return w.written()
    },
  }
}

/** Span (trace/v1): ids as bytes, times as fixed64 nanoseconds, kind the API's + 1. */
function writeSpan(w: ProtoWriter, span: FinishedSpan): void {
  const { context } = span
  const at = w.begin(2)
  w.hex(1, context.traceId)
  w.hex(2, context.spanId)
  const traceState = context.traceState?.serialize()
  if (traceState) w.string(3, traceState)
  if (span.parentSpanId !== undefined) w.hex(4, span.parentSpanId)
  w.string(5, span.name)
  w.varintField(6, span.kind + 1)
  w.nanos(7, span.startTime)
  w.nanos(8, span.endTime)
  attributes(w, 9, span.attributes)
  if (span.events) for (const event of span.events) writeEvent(w, event)
  if (span.links) for (const link of span.links) writeLink(w, link)
  const { code, message } = span.status
  if (code !== SpanStatusCode.UNSET) {
    const status = w.begin(15)
    if (message) w.string(2, message)
    w.varintField(3, code)
    w.end(status)
  }
  w.fixed32(16, otlpSpanFlags(context.traceFlags, span.parentIsRemote))
  w.end(at)
}

function writeEvent(w: ProtoWriter, event: SpanEvent): void {
  const at = w.begin(11)
  w.nanos(1, event.time)
  w.string(2, event.name)
  if (event.attributes) attributes(w, 3, event.attributes)
  w.end(at)
}

function writeLink(w: ProtoWriter, { context, attributes: linked }: Link): void {
  const at = w.begin(13)
  w.hex(1, context.traceId)
  w.hex(2, context.spanId)
  const traceState = context.traceState?.serialize()
  if (traceState) w.string(3, traceState)
  if (linked) attributes(w, 4, linked)
  w.fixed32(6, otlpSpanFlags(context.traceFlags, context.isRemote === true))
  w.end(at)
}

function attributes(w: ProtoWriter, field: number, values: Attributes): void {
  for (const key in values) {
    const value = values[key]
    if (value !== undefined && value !== null) keyValue(w, field, key, value)
  }
}

/** KeyValue (common/v1). */
function keyValue(w: ProtoWriter, field: number, key: string, value: AttributeValue): void {
  const at = w.begin(field)
  w.string(1, key)
  anyValue(w, 2, value)
  w.end(at)
}

/** AnyValue (common/v1): string 1, bool 2, int64 3, double 4, array 5. */
function anyValue(w: ProtoWriter, field: number, value: unknown): void {
  const at = w.begin(field)
  switch (typeof value) {
    case 'string':
      w.string(1, value)
      break
    case 'boolean':
      w.varintField(2, value ? 1 : 0)
      break
    case 'number':
      if (Number.isSafeInteger(value)) w.int64(3, value)
      else w.double(4, value)
      break
    default:
      if (Array.isArray(value)) {
        const array = w.begin(5)
        for (const item of value) anyValue(w, 1, item)
        w.end(array)
      }
  }
  w.end(at)
}

const WIRE_VARINT = 0
const WIRE_FIXED64 = 1
const WIRE_LENGTH = 2
const WIRE_FIXED32 = 5
const TWO_32 = 2 ** 32

/**
 * Protobuf wire format into one buffer, grown by doubling. A nested message reserves one byte for
 * its length and, when the length needs more (a span of 128 bytes or more does), moves its bytes
 * along (one memmove of a few hundred bytes) instead of measuring every message first.
 */
class ProtoWriter {
  #buf: Buffer
  #pos = 0

  constructor(buffer: Buffer | undefined) {
    this.#buf = buffer ?? Buffer.allocUnsafeSlow(64 * 1024)
  }

  /** The buffer written into (perhaps a larger one than given) and the bytes written. */
  written(): { buffer: Buffer; body: Buffer } {
    return { buffer: this.#buf, body: this.#buf.subarray(0, this.#pos) }
  }

  /** Starts a nested message; answers where it starts, for `end`. */
  begin(field: number): number {
    this.#tag(field, WIRE_LENGTH)
    this.#room(1)
    return this.#pos++
  }

  end(start: number): void {
    const length = this.#pos - start - 1
    if (length < 0x80) {
      this.#buf[start] = length
      return
    }
    const extra = varintSize(length) - 1
    this.#room(extra)
    this.#buf.copyWithin(start + 1 + extra, start + 1, this.#pos)
    this.#pos += extra
    this.#writeVarint(length, start)
  }

  string(field: number, value: string): void {
    this.#tag(field, WIRE_LENGTH)
    // at most 3 bytes per UTF-16 unit: a string of up to 42 units has a one-byte length
    const max = value.length * 3
    this.#room(max + 5)
    if (max < 0x80) {
      const length = this.#buf.write(value, this.#pos + 1)
      this.#buf[this.#pos] = length
      this.#pos += 1 + length
      return
    }
    this.#varint(Buffer.byteLength(value))
    this.#pos += this.#buf.write(value, this.#pos)
  }

  /** Hex ids (16 or 32 digits) as the bytes they spell; the length is what was written. */
  hex(field: number, value: string): void {
    this.#tag(field, WIRE_LENGTH)
    this.#room(value.length / 2 + 1)
    const length = this.#buf.write(value, this.#pos + 1, 'hex')
    this.#buf[this.#pos] = length
    this.#pos += 1 + length
  }

  varintField(field: number, value: number): void {
    this.#tag(field, WIRE_VARINT)
    this.#varint(value)
  }

  /** A safe integer as int64: a negative one as its 64-bit two's complement (ten bytes). */
  int64(field: number, value: number): void {
    this.#tag(field, WIRE_VARINT)
    if (value >= 0) return this.#varint(value)
    let rest = BigInt.asUintN(64, BigInt(value))
    this.#room(10)
    while (rest > 0x7fn) {
      this.#buf[this.#pos++] = Number(rest & 0x7fn) | 0x80
      rest >>= 7n
    }
    this.#buf[this.#pos++] = Number(rest)
  }

  double(field: number, value: number): void {
    this.#tag(field, WIRE_FIXED64)
    this.#room(8)
    this.#pos = this.#buf.writeDoubleLE(value, this.#pos)
  }

  fixed32(field: number, value: number): void {
    this.#tag(field, WIRE_FIXED32)
    this.#room(4)
    this.#pos = this.#buf.writeUInt32LE(value, this.#pos)
  }

  /** Microseconds since the epoch as fixed64 nanoseconds (past 2^53: split in 32-bit halves). */
  nanos(field: number, micros: number): void {
    this.#tag(field, WIRE_FIXED64)
    this.#room(8)
    const high = Math.floor(micros / TWO_32)
    const low = (micros - high * TWO_32) * 1000
    const carry = Math.floor(low / TWO_32)
    this.#buf.writeUInt32LE(low - carry * TWO_32, this.#pos)
    this.#pos = this.#buf.writeUInt32LE(high * 1000 + carry, this.#pos + 4)
  }

  #tag(field: number, wire: number): void {
    this.#varint(field * 8 + wire)
  }

  #varint(value: number): void {
    this.#room(10)
    this.#pos = this.#writeVarint(value, this.#pos)
  }

  /** Writes a non-negative safe integer as a varint at `at`; answers where it ends. */
  #writeVarint(value: number, at: number): number {
    const buf = this.#buf
    while (value >= 0x80) {
      buf[at++] = (value % 0x80) | 0x80
      value = Math.floor(value / 0x80)
    }
    buf[at++] = value
    return at
  }

  #room(bytes: number): void {
    if (this.#pos + bytes <= this.#buf.length) return
    const grown = Buffer.allocUnsafeSlow(Math.max(this.#buf.length * 2, this.#pos + bytes))
    this.#buf.copy(grown, 0, 0, this.#pos)
    this.#buf = grown
  }
}

function varintSize(value: number): number {
  let size = 1
  while (value >= 0x80) {
    value = Math.floor(value / 0x80)
    size++
  }
  return size
}
