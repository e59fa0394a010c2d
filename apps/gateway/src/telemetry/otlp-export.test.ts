import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { SpanKind, SpanStatusCode, TraceFlags } from '@opentelemetry/api'
import { describe, expect, it } from 'vitest'
import { jsonEncoding } from './otlp-json.js'
import { createOtlpExporter } from './otlp-export.js'
import type { FinishedSpan } from './span-recorder.js'

const span: FinishedSpan = {
  context: { traceId: '1'.repeat(32), spanId: '2'.repeat(16), traceFlags: TraceFlags.SAMPLED },
  parentSpanId: undefined,
  parentIsRemote: false,
  name: 'tools/call echo',
  kind: SpanKind.SERVER,
  attributes: {},
  status: { code: SpanStatusCode.OK },
  events: undefined,
  links: undefined,
  startTime: 1_000_000,
  endTime: 2_000_000,
}

describe('OTLP export', () => {
  it('drops, with a warning, a batch node refuses to post (a header it cannot send), and goes on', async () => {
    let posts = 0
    const receiver = createServer((req, res) => {
      posts++
      req.resume()
      req.on('end', () => res.end('{}'))
    })
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/v1/traces`
    const warnings: Record<string, unknown>[] = []
    const exporter = createOtlpExporter({
      url,
      headers: { 'x-tenant': 'a\r\nb' },
      encoding: jsonEncoding({}, 'test'),
      serviceVersion: 'test',
      warn: (_message, fields) => void warnings.push(fields),
    })
    try {
      exporter.add(span)
      await exporter.flush()
      expect(posts).toBe(0)
      expect(warnings).toEqual([expect.objectContaining({ droppedSoFar: 1 })])
      expect(String(warnings[0]?.reason)).toMatch(/Invalid character in header content/)
    } finally {
      await exporter.close()
      await new Promise((resolve) => receiver.close(resolve))
    }
  })
})
