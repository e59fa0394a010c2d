import { createServer, type RequestListener } from 'node:http'
import type { AddressInfo } from 'node:net'
import { SpanKind, SpanStatusCode } from '@opentelemetry/api'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startOtlpReceiver, type OtlpReceiver } from '../test/otlp-receiver.js'
import { createSampler } from './sampler.js'
import { createTracing, type TracingOptions } from './tracing.js'

const TRACE = '0af7651916cd43dd8448eb211c80319c'
const PARENT = 'b7ad6b7169203331'

/** Tracing that exports to a collector answering with `handle`, and the warnings it gives. */
async function tracingTo(handle: RequestListener, options: Partial<TracingOptions> = {}) {
  const collector = createServer(handle)
  await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve))
  const { port } = collector.address() as AddressInfo
  const warnings: Record<string, unknown>[] = []
  const tracing = createTracing({
    url: `http://127.0.0.1:${port}/v1/traces`,
    resource: { 'service.name': 's' },
    serviceVersion: '1',
    warn: (_message, fields) => warnings.push(fields),
    ...options,
  })
  return { collector, tracing, warnings }
}

describe('createTracing', () => {
  let receiver: OtlpReceiver
  beforeAll(async () => {
    receiver = await startOtlpReceiver()
  })
  afterAll(() => receiver.close())

  it.each([
    ['http/protobuf', false],
    ['http/json', false],
    ['http/protobuf', true],
  ] as const)(
    'exports a span tree with its attributes, status, events and the caller as remote parent (%s, gzip %s)',
    async (protocol, gzip) => {
      const sent = receiver.contentTypes.length
      const label = `${protocol}${gzip ? ' gzip' : ''}`
      const tracing = createTracing({
        url: `${receiver.url}/v1/traces`,
        resource: { 'service.name': 'svc' },
        serviceVersion: '9',
        protocol,
        gzip,
      })
      const caller = tracing.extract({ traceparent: `00-${TRACE}-${PARENT}-01`, tracestate: 'a=1' })
      const server = tracing.start(
        `GET ${label}`,
        SpanKind.SERVER,
        { n: 1, d: 1.5, b: true },
        caller,
      )
      const inner = tracing.with(server, () => {
        const client = tracing.start(`call ${label}`, SpanKind.CLIENT, {})
        const headers = tracing.with(client, () => tracing.inject())
        client.addEvent('sent', { size: 3 })
        client.setStatus({ code: SpanStatusCode.ERROR, message: 'boom' })
        client.end()
        return { client, headers }
      })
      server.updateName(`GET /x ${label}`)
      server.end()
      server.setAttribute('late', 'ignored')
      await tracing.close()

      expect(inner.headers).toEqual({
        traceparent: `00-${TRACE}-${inner.client.spanContext().spanId}-01`,
        tracestate: 'a=1',
      })
      const exported = await receiver.waitFor((s) => s.name === `GET /x ${label}`)
      expect(exported).toMatchObject({
        traceId: TRACE,
        parentSpanId: PARENT,
        kind: 2,
        attributes: { n: 1, d: 1.5, b: true },
        service: 'svc',
      })
      expect(BigInt(exported.endTimeUnixNano)).toBeGreaterThanOrEqual(
        BigInt(exported.startTimeUnixNano),
      )
      const client = await receiver.waitFor((s) => s.name === `call ${label}`)
      expect(client).toMatchObject({
        traceId: TRACE,
        parentSpanId: server.spanContext().spanId,
        kind: 3,
        status: { code: 2, message: 'boom' },
      })
      expect(receiver.contentTypes.slice(sent)).toEqual([
        protocol === 'http/json' ? 'application/json' : 'application/x-protobuf',
      ])
      expect(receiver.contentEncodings.slice(sent)).toEqual([gzip ? 'gzip' : 'identity'])
    },
  )

  it('records nothing under an unsampled caller but passes its context on', async () => {
    const tracing = createTracing({
      url: `${receiver.url}/v1/traces`,
      resource: { 'service.name': 'svc' },
      serviceVersion: '9',
    })
    const caller = tracing.extract({ traceparent: `00-${TRACE}-${PARENT}-00` })
    const span = tracing.start('unsampled', SpanKind.SERVER, {}, caller)
    expect(span.isRecording()).toBe(false)
    const headers = tracing.with(span, () => tracing.inject())
    expect(headers?.traceparent).toBe(`00-${TRACE}-${span.spanContext().spanId}-00`)
    span.end()
    await tracing.close()
    expect(receiver.spans.some((s) => s.name === 'unsampled')).toBe(false)
  })

  it('says whether spans under a parent are recorded, and hands a parent on as it is', async () => {
    const follow = createTracing({
      url: `${receiver.url}/v1/traces`,
      resource: { 'service.name': 's' },
      serviceVersion: '1',
    })
    const always = createTracing({
      url: `${receiver.url}/v1/traces`,
      resource: { 'service.name': 's' },
      serviceVersion: '1',
      sampler: createSampler('always_on', 1),
    })
    const unsampled = follow.extract({ traceparent: `00-${TRACE}-${PARENT}-00`, tracestate: 'a=1' })
    const sampled = follow.extract({ traceparent: `00-${TRACE}-${PARENT}-01` })
    if (!unsampled || !sampled) throw new Error('a valid traceparent was not taken')
    expect([follow.records(unsampled), follow.records(sampled)]).toEqual([false, true])
    expect([always.records(unsampled), always.records(sampled)]).toEqual([true, true])
    const handed = follow.handOn(unsampled)
    expect({ ...handed }).toEqual({
      traceparent: `00-${TRACE}-${PARENT}-00`,
      tracestate: 'a=1',
    })
    expect(follow.extract(handed, false)).toBe(unsampled)
    await Promise.all([follow.close(), always.close()])
  })

  it('hands spans on explicitly, and keeps an async context only while `with` runs', async () => {
    const tracing = createTracing({
      url: `${receiver.url}/v1/traces`,
      resource: { 'service.name': 'svc' },
      serviceVersion: '9',
    })
    const request = tracing.start('handed', SpanKind.SERVER, {})
    const headers = new Headers()
    tracing.attach(headers, request)
    expect(tracing.attached(headers)).toBe(request.spanContext())
    expect(tracing.attached(new Headers())).toBeUndefined()
    const handed = tracing.inject(request)
    const parent = tracing.extract(handed, false)
    expect(parent).toBe(request.spanContext())
    expect(tracing.extract({ ...handed }, false)).toMatchObject({
      spanId: request.spanContext().spanId,
      isRemote: false,
    })
    tracing.start('handed call', SpanKind.CLIENT, {}, parent).end()

    const inside = await tracing.with(request, async () => {
      await new Promise((resolve) => setTimeout(resolve, 1))
      return tracing.inject()
    })
    expect(inside).toEqual(handed)
    expect(tracing.inject()).toBeUndefined()
    request.end()
    await tracing.close()
    const call = await receiver.waitFor((s) => s.name === 'handed call')
    expect(call.parentSpanId).toBe(request.spanContext().spanId)
  })

  it('ignores a malformed traceparent', () => {
    const tracing = createTracing({
      url: `${receiver.url}/v1/traces`,
      resource: { 'service.name': 's' },
      serviceVersion: '1',
    })
    expect(tracing.extract({ traceparent: `00-${'0'.repeat(32)}-${PARENT}-01` })).toBeUndefined()
    expect(tracing.extract({ traceparent: `00-${TRACE}-${PARENT}-01-extra` })).toBeUndefined()
    expect(tracing.extract(new Headers())).toBeUndefined()
  })

  it('drops spans a collector refuses, with a warning, without throwing', async () => {
    const { collector, tracing, warnings } = await tracingTo((_req, res) =>
      res.writeHead(400).end(),
    )
    tracing.start('lost', SpanKind.INTERNAL, {}).end()
    await tracing.flush()
    expect(warnings).toEqual([{ reason: 'HTTP 400', droppedSoFar: 1 }])
    await tracing.close()
    collector.close()
  })

  it('tries a collector that hangs up three times, then drops the spans with a warning', async () => {
    let tries = 0
    const { collector, tracing, warnings } = await tracingTo((req) => {
      tries++
      req.socket.destroy()
    })
    tracing.start('lost', SpanKind.INTERNAL, {}).end()
    await tracing.flush()
    expect(tries).toBe(3)
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatchObject({ droppedSoFar: 1 })
    tracing.start('lost too', SpanKind.INTERNAL, {}).end()
    await tracing.close() // once closing, one try only
    expect(tries).toBe(4)
    collector.close()
  })

  it('cuts off an export that outlasts its timeout, however steadily the answer trickles', async () => {
    let tries = 0
    const trickles = new Set<NodeJS.Timeout>()
    const { collector, tracing, warnings } = await tracingTo(
      (_req, res) => {
        tries++
        res.writeHead(200, { 'content-type': 'application/x-protobuf' })
        const trickle = setInterval(() => res.write(' '), 50)
        trickles.add(trickle)
        res.on('close', () => clearInterval(trickle))
      },
      { timeoutMs: 300 },
    )
    tracing.start('slow', SpanKind.INTERNAL, {}).end()
    await tracing.flush() // the answer never ends: only the timeout ends each try
    expect(tries).toBe(3)
    expect(warnings).toEqual([{ reason: 'timed out', droppedSoFar: 1 }])
    await tracing.close()
    for (const trickle of trickles) clearInterval(trickle)
    collector.closeAllConnections()
    collector.close()
  })
})
