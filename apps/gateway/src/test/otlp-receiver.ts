import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { gunzipSync } from 'node:zlib'
import { decodeOtlpProtobuf } from './otlp-decode.js'

/** One span as an OTLP/HTTP JSON export carries it, with its attributes flattened. */
export interface ReceivedSpan {
  traceId: string
  spanId: string
  parentSpanId: string
  name: string
  /** 1 internal, 2 server, 3 client. */
  kind: number
  attributes: Record<string, string | number | boolean>
  status: { code?: number; message?: string }
  /** Nanoseconds since the epoch, as decimal text. */
  startTimeUnixNano: string
  endTimeUnixNano: string
  /** The `service.name` of its resource. */
  service: string
  /** Its resource's attributes. */
  resource: Record<string, string | number | boolean>
}

/** An in-process OTLP/HTTP receiver: takes protobuf and JSON trace exports at `/v1/traces`. */
export interface OtlpReceiver {
  url: string
  spans: ReceivedSpan[]
  /** The content type of every export received, in order. */
  contentTypes: string[]
  /** Its content encoding (`identity` when none was named), in the same order. */
  contentEncodings: string[]
  /** Its request headers, in the same order. */
  headers: IncomingHttpHeaders[]
  /** Waits until a span matching `predicate` has arrived. */
  waitFor(predicate: (span: ReceivedSpan) => boolean, timeoutMs?: number): Promise<ReceivedSpan>
  close(): Promise<void>
}

interface OtlpValue {
  stringValue?: string
  intValue?: number | string
  boolValue?: boolean
  doubleValue?: number
}
interface OtlpAttribute {
  key: string
  value: OtlpValue
}
/** A trace export, as OTLP JSON has it (and as a decoded protobuf one is put). */
export interface OtlpExport {
  resourceSpans?: {
    resource?: { attributes?: OtlpAttribute[] }
    scopeSpans?: {
      spans?: (Omit<ReceivedSpan, 'attributes' | 'service' | 'status'> & {
        attributes?: OtlpAttribute[]
        status?: ReceivedSpan['status']
      })[]
    }[]
  }[]
}

const flatten = (attributes: OtlpAttribute[] = []) =>
  Object.fromEntries(
    attributes.map(({ key, value }) => [
      key,
      value.stringValue ?? value.boolValue ?? value.doubleValue ?? Number(value.intValue),
    ]),
  )

/** Starts a receiver on a free loopback port. */
export async function startOtlpReceiver(): Promise<OtlpReceiver> {
  const spans: ReceivedSpan[] = []
  const contentTypes: string[] = []
  const contentEncodings: string[] = []
  const headers: IncomingHttpHeaders[] = []
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const type = req.headers['content-type'] ?? ''
      const encoding = req.headers['content-encoding'] ?? 'identity'
      const sent = Buffer.concat(chunks)
      const bytes = encoding === 'gzip' ? gunzipSync(sent) : sent
      let body: OtlpExport
      if (req.url !== '/v1/traces') return void res.writeHead(404).end()
      else if (type === 'application/x-protobuf') body = decodeOtlpProtobuf(bytes)
      else if (type === 'application/json') body = JSON.parse(bytes.toString()) as OtlpExport
      else return void res.writeHead(415).end()
      contentTypes.push(type)
      contentEncodings.push(encoding)
      headers.push(req.headers)
      for (const resource of body.resourceSpans ?? []) {
        const attributes = flatten(resource.resource?.attributes)
        const service = String(attributes['service.name'])
        for (const scope of resource.scopeSpans ?? []) {
          for (const span of scope.spans ?? []) {
            spans.push({
              ...span,
              status: span.status ?? { code: 0 },
              attributes: flatten(span.attributes),
              service,
              resource: attributes,
            })
          }
        }
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    spans,
    contentTypes,
    contentEncodings,
    headers,
    async waitFor(predicate, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs
      for (;;) {
        const found = spans.find(predicate)
        if (found) return found
        if (Date.now() > deadline) {
          throw new Error(`no such span; got: ${spans.map((s) => s.name).join(', ')}`)
        }
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
