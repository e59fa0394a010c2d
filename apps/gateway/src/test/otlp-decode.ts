import { fileURLToPath } from 'node:url'
import protobuf from 'protobufjs'
import type { OtlpExport } from './otlp-receiver.js'

const schema = protobuf
  .loadSync(fileURLToPath(new URL('fixtures/otlp-trace.proto', import.meta.url)))
  .lookupType('otlp.ExportTraceServiceRequest')

const ID_FIELDS = new Set(['traceId', 'spanId', 'parentSpanId'])

/**
 * Decodes an OTLP/HTTP protobuf trace export with protobufjs (not the gateway's own code) into the
 * shape OTLP JSON gives it: ids as lowercase hex, 64-bit integers as decimal text, fields left at
 * their defaults absent.
 */
export function decodeOtlpProtobuf(bytes: Uint8Array): OtlpExport {
  const message = schema.decode(bytes)
  const object = schema.toObject(message, { longs: String })
  return JSON.parse(
    JSON.stringify(object, function (key, value: unknown) {
      const raw: unknown = (this as Record<string, unknown>)[key]
      return ID_FIELDS.has(key) && raw instanceof Uint8Array
        ? Buffer.from(raw).toString('hex')
        : value
    }),
  ) as OtlpExport
}
