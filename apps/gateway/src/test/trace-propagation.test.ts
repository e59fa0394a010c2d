import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Client } from '@modelcontextprotocol/client'
import { startShopServer, type ShopServer } from '@switchyard/grpc-fixture'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startAgent, type TestAgent } from '@switchyard/a2a-fixture'
import { startOtlpReceiver, type OtlpReceiver, type ReceivedSpan } from './otlp-receiver.js'
import { connectAsAdmin, openTestGateway, type TestGateway } from './test-gateway.js'

/**
 * REST, gRPC and A2A invocations carry their span's trace context to the service they call: the
 * `traceparent` header, gRPC metadata, the agent's HTTP request. Real receivers note what arrived;
 * the gateway exports to an in-process OTLP receiver.
 */

const CLIENT = 3
const CALLER_TRACE = '5b8efff798038103d269b633813fc60c'
const CALLER_SPAN = 'eee19b7ec3c1b174'

/** A REST API that answers `{}` and keeps the headers of each request. */
async function startRecordingApi(): Promise<{
  url: string
  seen: IncomingHttpHeaders[]
  close(): Promise<void>
}> {
  const seen: IncomingHttpHeaders[] = []
  const server: Server = createServer((req, res) => {
    seen.push(req.headers)
    req.resume()
    req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end('{}'))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

describe('trace context to REST, gRPC and A2A services', () => {
  let receiver: OtlpReceiver
  let gw: TestGateway
  let api: Awaited<ReturnType<typeof startRecordingApi>>
  let shop: ShopServer
  let agent: TestAgent
  let client: Client

  beforeAll(async () => {
    ;[receiver, api, shop, agent] = await Promise.all([
      startOtlpReceiver(),
      startRecordingApi(),
      startShopServer(),
      startAgent('answering'),
    ])
    gw = await openTestGateway({ OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url })
    const create = async (path: string, body: unknown) => {
      const res = await gw.call('POST', path, { token: gw.adminToken, body })
      expect(res.status, await res.clone().text()).toBe(201)
    }
    await create('/tools', { name: 'lookup', url: `${api.url}/lookup`, requestType: 'GET' })
    await create('/grpc', { name: 'Shop', target: shop.target })
    await create('/a2a', { agent: { url: agent.url } })
    client = await connectAsAdmin(gw, { traceparent: `00-${CALLER_TRACE}-${CALLER_SPAN}-01` })
  }, 60_000)

  afterAll(async () => {
    await client?.close()
    await gw?.dispose()
    await Promise.all([receiver?.close(), api?.close(), shop?.close(), agent?.close()])
  })

  /** Calls the tool, then finds the CLIENT span of its invocation (of `type`) in the export. */
  async function invoke(tool: string, args: Record<string, unknown>, type: string) {
    const result = (await client.callTool({ name: tool, arguments: args })) as {
      isError?: boolean
      structuredContent?: Record<string, unknown>
    }
    expect(result.isError, JSON.stringify(result)).toBeFalsy()
    await gw.telemetry.flush()
    const span = await receiver.waitFor(
      (s) => s.name === `tools/call ${tool}` && s.kind === CLIENT && s.traceId === CALLER_TRACE,
    )
    expect(span.attributes['switchyard.integration.type']).toBe(type)
    // under the MCP request's span, which continues the caller's trace
    const parent = receiver.spans.find((s) => s.spanId === span.parentSpanId)
    expect(parent?.name).toBe(`tools/call ${tool}`)
    return { result, span }
  }

  const traceparentOf = (span: ReceivedSpan) => `00-${span.traceId}-${span.spanId}-01`

  it('sends the REST invocation span as the `traceparent` header', async () => {
    const { span } = await invoke('lookup', {}, 'REST')
    expect(api.seen.at(-1)?.traceparent).toBe(traceparentOf(span))
  })

  it("hands an unsampled caller's context to the REST API as it came, recording nothing", async () => {
    const unsampledTrace = '7c3ae2a1e5b44a3f9d7e0c1b2a394857'
    const unsampled = await connectAsAdmin(gw, {
      traceparent: `00-${unsampledTrace}-${CALLER_SPAN}-00`,
    })
    const result = await unsampled.callTool({ name: 'lookup', arguments: {} })
    expect(result.isError, JSON.stringify(result)).toBeFalsy()
    await unsampled.close()
    await gw.telemetry.flush()
    expect(api.seen.at(-1)?.traceparent).toBe(`00-${unsampledTrace}-${CALLER_SPAN}-00`)
    expect(receiver.spans.filter((s) => s.traceId === unsampledTrace)).toEqual([])
  })

  it('sends the gRPC invocation span as `traceparent` metadata', async () => {
    const { result, span } = await invoke('shop-shop.v1.Shop.Whoami', {}, 'GRPC')
    // Whoami answers with the metadata it received
    expect(result.structuredContent?.traceparent).toBe(traceparentOf(span))
  })

  it('sends the A2A invocation span as the `traceparent` header to the agent', async () => {
    const { span } = await invoke('answering-agent', { message: 'hello' }, 'A2A')
    const sent = agent.seenHeaders.filter((h) => h.traceparent !== undefined)
    expect(sent.length).toBeGreaterThan(0)
    for (const headers of sent) expect(headers.traceparent).toBe(traceparentOf(span))
  })
})
