import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startOtlpReceiver, type OtlpReceiver } from './otlp-receiver.js'
import { connectAsAdmin, openTestGateway, type TestGateway } from './test-gateway.js'
import { startTracedUpstream, type TracedUpstream } from './traced-upstream.js'

/**
 * The OTEL_* settings as an operator sets them: gateways exporting to an in-process OTLP receiver
 * in front of a real upstream that notes the trace context each call carried, the MCP SDK client
 * as the caller. Under OTEL_TRACES_SAMPLER a trace left out records no span, yet its context still
 * reaches the upstream, flagged not sampled, so that the upstream leaves it out too.
 */

const CALLER_SPAN = 'b7ad6b7169203331'
/** Trace ids whose last 56 bits (what a ratio sampler reads) are as high or as low as can be. */
const HIGH_TRACE = '0af7651916cd43dd84ffffffffffffff'
const LOW_TRACE = '0af7651916cd43dd8400000000000001'
const CALLER_TRACE = '4bf92f3577b34da6a3ce929d0e0e4736'
const RESOURCE_TRACE = '5b8efff798038103d269b633813fc60c'
const NAMED_TRACE = '6e0c63257de34c926f9efcd03899aff1'

describe('trace settings', () => {
  let receiver: OtlpReceiver
  let upstream: TracedUpstream
  const gateways: TestGateway[] = []

  beforeAll(async () => {
    ;[receiver, upstream] = await Promise.all([startOtlpReceiver(), startTracedUpstream()])
  })

  afterAll(async () => {
    await Promise.all(gateways.map((gw) => gw.dispose()))
    await Promise.all([receiver?.close(), upstream?.close()])
  })

  /** A gateway with `env` fronting the upstream. */
  async function gatewayWith(env: Record<string, string>): Promise<TestGateway> {
    const gw = await openTestGateway(env)
    gateways.push(gw)
    const created = await gw.call('POST', '/gateways', {
      token: gw.adminToken,
      body: { name: 'traced', url: upstream.url },
    })
    expect(created.status).toBe(201)
    const { id } = (await created.json()) as { id: string }
    for (let tries = 0; ; tries++) {
      const res = await gw.call('GET', `/gateways/${id}`, { token: gw.adminToken })
      if (((await res.json()) as { status: string }).status === 'active') break
      if (tries === 100) throw new Error('the upstream never became active')
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    return gw
  }

  /** A gateway with `sampler` (and its argument; the sampler is its spans' service name). */
  const sampling = (sampler: string, arg?: string) =>
    gatewayWith({
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
      OTEL_SERVICE_NAME: sampler,
      OTEL_TRACES_SAMPLER: sampler,
      ...(arg !== undefined && { OTEL_TRACES_SAMPLER_ARG: arg }),
    })

  /**
   * Calls the upstream's echo tool through `gw` (as the caller of `traceparent`, when given);
   * answers the trace context the upstream received (header and `_meta`) and the spans of its trace.
   */
  async function callThrough(gw: TestGateway, traceparent?: string) {
    const client = await connectAsAdmin(gw, traceparent ? { traceparent } : {})
    const calls = upstream.calls.length
    const result = await client.callTool({ name: 'traced-echo', arguments: { message: 'hi' } })
    expect(result.content).toEqual([{ type: 'text', text: 'hi' }])
    await client.close()
    await gw.telemetry.flush()
    const received = upstream.calls.slice(calls)
    expect(received).toHaveLength(1)
    const header = String(received[0]?.headers.traceparent)
    expect(received[0]?.meta.traceparent).toBe(header)
    const traceId = header.split('-')[1]
    return {
      flags: header.split('-')[3],
      traceId,
      spans: receiver.spans.filter((s) => s.traceId === traceId).map((s) => s.name),
    }
  }

  it('traceidratio keeps a trace by its id, whatever the caller flagged', async () => {
    const gw = await sampling('traceidratio', '0.5')
    const kept = await callThrough(gw, `00-${HIGH_TRACE}-${CALLER_SPAN}-00`)
    expect(kept.traceId).toBe(HIGH_TRACE)
    expect(kept.flags).toBe('01')
    expect(kept.spans).toEqual(
      expect.arrayContaining(['POST /mcp', 'tools/call traced-echo', 'tools/call echo']),
    )

    const left = await callThrough(gw, `00-${LOW_TRACE}-${CALLER_SPAN}-01`)
    expect(left.traceId).toBe(LOW_TRACE)
    expect(left.flags).toBe('00')
    expect(left.spans).toEqual([])
  })

  it('parentbased_always_off records only traces a caller sampled', async () => {
    const gw = await sampling('parentbased_always_off')
    const root = await callThrough(gw)
    expect(root.flags).toBe('00')
    expect(root.spans).toEqual([])

    const continued = await callThrough(gw, `00-${CALLER_TRACE}-${CALLER_SPAN}-01`)
    expect(continued.flags).toBe('01')
    // the HTTP requests' spans, the MCP request's and the upstream call's
    expect(continued.spans).toEqual(
      expect.arrayContaining(['POST /mcp', 'tools/call traced-echo', 'tools/call echo']),
    )
  })

  it('always_off sends every trace on unsampled and exports nothing', async () => {
    const gw = await sampling('always_off')
    const call = await callThrough(gw, `00-${CALLER_TRACE}-${CALLER_SPAN}-01`)
    expect(call.flags).toBe('00')
    // not even its start-up, its discovery or its store statements
    expect(receiver.spans.filter((s) => s.service === 'always_off')).toEqual([])
  })

  it('posts to OTEL_EXPORTER_OTLP_TRACES_ENDPOINT as given, with the other _TRACES_ settings and OTEL_RESOURCE_ATTRIBUTES', async () => {
    const exports = receiver.contentEncodings.length
    const gw = await gatewayWith({
      // the signal's own settings win over the general ones
      OTEL_EXPORTER_OTLP_COMPRESSION: 'none',
      OTEL_EXPORTER_OTLP_TRACES_COMPRESSION: 'gzip',
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/protobuf',
      OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: 'http/json',
      OTEL_EXPORTER_OTLP_HEADERS: 'x-team=general',
      OTEL_EXPORTER_OTLP_TRACES_HEADERS: 'x-team=traces',
      OTEL_EXPORTER_OTLP_TIMEOUT: '1',
      OTEL_EXPORTER_OTLP_TRACES_TIMEOUT: '10000',
      // used as it is: with `/v1/traces` added again the receiver would answer 404
      OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: `${receiver.url}/v1/traces`,
      OTEL_RESOURCE_ATTRIBUTES:
        'service.name=agents-gateway, deployment.environment.name=prod%2Ceu,service.version=7',
    })
    const call = await callThrough(gw, `00-${RESOURCE_TRACE}-${CALLER_SPAN}-01`)
    expect(call.spans).toContain('tools/call traced-echo')
    const span = receiver.spans.find((s) => s.traceId === RESOURCE_TRACE)
    expect(span?.resource).toEqual({
      'service.name': 'agents-gateway',
      'deployment.environment.name': 'prod,eu',
      'service.version': '7',
    })
    const index = receiver.contentEncodings.indexOf('gzip', exports)
    expect(index).toBeGreaterThanOrEqual(exports)
    expect(receiver.contentTypes[index]).toBe('application/json')
    expect(receiver.headers[index]?.['x-team']).toBe('traces')
  })

  it('names the service by OTEL_SERVICE_NAME before OTEL_RESOURCE_ATTRIBUTES', async () => {
    const gw = await gatewayWith({
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
      OTEL_SERVICE_NAME: 'named',
      OTEL_RESOURCE_ATTRIBUTES: 'service.name=overridden',
    })
    const call = await callThrough(gw, `00-${NAMED_TRACE}-${CALLER_SPAN}-01`)
    expect(call.spans).toContain('tools/call traced-echo')
    const span = receiver.spans.find((s) => s.traceId === NAMED_TRACE)
    expect(span?.resource['service.name']).toBe('named')
    // the gateway's own version, none being given
    expect(span?.resource['service.version']).toMatch(/^\d+\.\d+\.\d+/)
  })
})
