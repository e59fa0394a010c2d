import type { Attributes, AttributeValue, Link } from '@opentelemetry/api'
import { otlpSpanFlags, type OtlpEncoding } from './otlp-encoding.js'
import type { FinishedSpan, SpanEvent } from './span-recorder.js'

/**
 * OTLP/HTTP JSON, in the shape the SDK's exporter posts. The text is written into the buffer
 * handed in (kept for the next export): a fresh buffer of a few hundred KB per export, and the page
 * faults of its memory, cost more than the encoding.
 */
export function jsonEncoding(resource: Attributes, scopeVersion: string): OtlpEncoding {
  const envelope = exportEnvelope(resource, scopeVersion)
  return {
    contentType: 'application/json',
    encode(spans, buffer) {
      const json = JSON.stringify(envelope(spans.map(toOtlpSpan)))
      if (buffer === undefined || buffer.length < json.length * 3)
        buffer = Buffer.allocUnsafeSlow(json.length * 3)
      return { buffer, body: buffer.subarray(0, buffer.write(json)) }
    },
  }
}

/** The parts of an export around its spans: resource and scope. */
function exportEnvelope(attributes: Attributes, scopeVersion: string) {
  const resource = { attributes: keyValues(attributes) }
  const scope = { name: 'switchyard', version: scopeVersion }
  return (spans: OtlpSpan[]) => ({ resourceSpans: [{ resource, scopeSpans: [{ scope, spans }] }] })
}

interface OtlpSpan {
  traceId: string
  spanId: string
  parentSpanId?: string
  traceState?: string
  name: string
  kind: number
  startTimeUnixNano: string
  endTimeUnixNano: string
  attributes: OtlpKeyValue[]
  events?: unknown[]
  status: { code: number; message?: string }
  links?: unknown[]
  flags: number
}
interface OtlpKeyValue {
  key: string
  value: OtlpValue
}
type OtlpValue =
  | { stringValue: string }
  | { intValue: number }
  | { doubleValue: number }
  | { boolValue: boolean }
  | { arrayValue: { values: OtlpValue[] } }
  | Record<string, never>

/**
 * One span as OTLP JSON has it (ids lowercase hex, times decimal nanoseconds, kind the API's + 1);
 * fields at their default (zero counts, no events, no links) are left out, as the protobuf JSON
 * mapping allows.
 */
function toOtlpSpan(span: FinishedSpan): OtlpSpan {
  const { context } = span
  const out: OtlpSpan = {
    traceId: context.traceId,
    spanId: context.spanId,
    name: span.name,
    kind: span.kind + 1,
    startTimeUnixNano: `${span.startTime}000`,
    endTimeUnixNano: `${span.endTime}000`,
    attributes: keyValues(span.attributes),
    status: span.status,
    flags: otlpSpanFlags(context.traceFlags, span.parentIsRemote),
  }
  if (span.parentSpanId !== undefined) out.parentSpanId = span.parentSpanId
  const traceState = context.traceState?.serialize()
  if (traceState) out.traceState = traceState
  if (span.events) out.events = span.events.map(toOtlpEvent)
  if (span.links) out.links = span.links.map(toOtlpLink)
  return out
}

function toOtlpEvent(event: SpanEvent) {
  return {
    name: event.name,
    timeUnixNano: `${event.time}000`,
    attributes: keyValues(event.attributes ?? {}),
  }
}

function toOtlpLink({ context, attributes }: Link) {
  const traceState = context.traceState?.serialize()
  return {
    traceId: context.traceId,
    spanId: context.spanId,
    ...(traceState && { traceState }),
    attributes: keyValues(attributes ?? {}),
    flags: otlpSpanFlags(context.traceFlags, context.isRemote === true),
  }
}

function keyValues(attributes: Attributes): OtlpKeyValue[] {
  const out: OtlpKeyValue[] = []
  for (const key in attributes) {
    const value = attributes[key]
    if (value !== undefined && value !== null) out.push({ key, value: anyValue(value) })
  }
  return out
}

function anyValue(value: AttributeValue | null | undefined): OtlpValue {
  switch (typeof value) {
    case 'string':
      return { stringValue: value }
    case 'number':
      return Number.isInteger(value) ? { intValue: value } : { doubleValue: value }
    case 'boolean':
      return { boolValue: value }
  }
  return Array.isArray(value) ? { arrayValue: { values: value.map((item) => anyValue(item)) } } : {}
}
