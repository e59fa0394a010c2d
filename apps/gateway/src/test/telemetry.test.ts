import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadConfig } from '../config/env-schema.js'
import { createLogger } from '../logger.js'
import { LogRing } from '../logs/log-ring.js'
import { startGateway, type RunningGateway } from '../server.js'
import { startOtlpReceiver, type OtlpReceiver, type ReceivedSpan } from './otlp-receiver.js'
import { callApi, freePort, untilActive } from './test-gateway.js'
import { startTracedUpstream, type TracedUpstream } from './traced-upstream.js'

/**
 * Tracing, metrics and logs as an operator meets them: a real gateway exporting to an in-process
 * OTLP receiver, a real streamable HTTP upstream, the MCP SDK client as the caller.
 */

const SERVER = 2
const CLIENT = 3
const CALLER_TRACE = '0af7651916cd43dd8448eb211c80319c'
const CALLER_SPAN = 'b7ad6b7169203331'
const META_TRACE = '4bf92f3577b34da6a3ce929d0e0e4736'
const META_SPAN = '00f067aa0ba902b7'

describe('telemetry', () => {
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-telemetry-'))
  const logLines: string[] = []
  const logs = new LogRing(200)
  const logger = createLogger({
    level: 'debug',
    destination: { write: (line) => void logLines.push(line) },
    ring: logs,
  })
  let receiver: OtlpReceiver
  let upstream: TracedUpstream
  let legacyUpstream: TracedUpstream
  let legacyServerId: string
  let gw: RunningGateway
  let token: string
  let serverId: string
  let limitedId: string
  let userToken: string

  const api = (method: string, path: string, body?: unknown, status = 200) =>
    callApi(gw.url, method, path, { body, token, status })

  async function client(path: string, headers: Record<string, string> = {}): Promise<Client> {
    const c = new Client({ name: 'telemetry-test', version: '1.0.0' })
    await c.connect(
      new StreamableHTTPClientTransport(new URL(`${gw.url}${path}`), {
        requestInit: { headers: { authorization: `Bearer ${token}`, ...headers } },
      }),
    )
    return c
  }

  const attr = (span: ReceivedSpan, key: string) => span.attributes[key]

  beforeAll(async () => {
    receiver = await startOtlpReceiver()
    upstream = await startTracedUpstream()
    legacyUpstream = await startTracedUpstream({ legacyOnly: true })
    const config = loadConfig({
      PORT: String(await freePort()),
      SWITCHYARD_DATA_DIR: dir,
      PLATFORM_ADMIN_PASSWORD: 'admin-password',
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
      OTEL_SERVICE_NAME: 'switchyard-under-test',
    })
    gw = await startGateway(config, logger, { logs })
    const login = await callApi(gw.url, 'POST', '/auth/login', {
      body: { email: 'admin@example.com', password: 'admin-password' },
      status: 200,
    })
    token = String(login.accessToken)
    const created = await api('POST', '/gateways', { name: 'traced', url: upstream.url }, 201)
    await untilActive(gw.url, created.id, { token })
    const tools = await api('GET', `/tools?gateway_id=${created.id}`)
    const toolIds = tools.map((t) => t.id)
    const legacy = await api('POST', '/gateways', { name: 'legacy', url: legacyUpstream.url }, 201)
    await untilActive(gw.url, legacy.id, { token })
    const legacyTools = await api('GET', `/tools?gateway_id=${legacy.id}`)
    legacyServerId = (
      await api(
        'POST',
        '/servers',
        { name: 'legacy-observed', associated_tools: legacyTools.map((t) => t.id) },
        201,
      )
    ).id
    serverId = (await api('POST', '/servers', { name: 'observed', associated_tools: toolIds }, 201))
      .id
    limitedId = (
      await api(
        'POST',
        '/servers',
        {
          name: 'limited',
          associated_tools: toolIds,
          rateLimit: { requests: 1, windowSeconds: 3600 },
        },
        201,
      )
    ).id
    await api(
      'POST',
      '/users',
      { email: 'dev@example.com', password: 'developer-password', fullName: 'Dev', isAdmin: false },
      201,
    )
    const dev = await callApi(gw.url, 'POST', '/auth/login', {
      body: { email: 'dev@example.com', password: 'developer-password' },
      status: 200,
    })
    userToken = String(dev.accessToken)
  }, 60_000)

  afterAll(async () => {
    await gw?.stop()
    await upstream?.close()
    await legacyUpstream?.close()
    await receiver?.close()
    rmSync(dir, { recursive: true, force: true })
  })

  describe('tracing', () => {
    it('continues a caller traceparent header: HTTP span, MCP span, upstream span, and the upstream gets the context', async () => {
      const c = await client(`/servers/${serverId}/mcp`, {
        traceparent: `00-${CALLER_TRACE}-${CALLER_SPAN}-01`,
      })
      const result = await c.callTool({ name: 'traced-echo', arguments: { message: 'hi' } })
      expect(result.content).toEqual([{ type: 'text', text: 'hi' }])
      await c.close()
      await gw.telemetry.flush()

      const mcp = await receiver.waitFor(
        (s) => s.name === 'tools/call traced-echo' && s.traceId === CALLER_TRACE,
      )
      expect(mcp.kind).toBe(SERVER)
      expect(mcp.service).toBe('switchyard-under-test')
      expect(mcp.attributes).toMatchObject({
        'mcp.method.name': 'tools/call',
        'gen_ai.tool.name': 'traced-echo',
        'gen_ai.operation.name': 'execute_tool',
        'switchyard.server.id': serverId,
      })
      expect(typeof attr(mcp, 'mcp.protocol.version')).toBe('string')
      expect(attr(mcp, 'jsonrpc.request.id')).toBeDefined()

      const http = receiver.spans.find((s) => s.spanId === mcp.parentSpanId)
      expect(http).toMatchObject({
        name: 'POST /servers/:id/mcp',
        kind: SERVER,
        parentSpanId: CALLER_SPAN,
        traceId: CALLER_TRACE,
      })
      expect(http?.attributes).toMatchObject({
        'http.route': '/servers/:id/mcp',
        'http.response.status_code': 200,
      })

      const out = await receiver.waitFor(
        (s) => s.name === 'tools/call echo' && s.parentSpanId === mcp.spanId,
      )
      expect(out.kind).toBe(CLIENT)
      expect(out.traceId).toBe(CALLER_TRACE)
      expect(out.attributes).toMatchObject({
        'mcp.method.name': 'tools/call',
        'gen_ai.tool.name': 'echo',
        'switchyard.upstream.name': 'traced',
        'server.address': '127.0.0.1',
        'network.transport': 'tcp',
      })

      // no database round trip on the hot path: no store statement under the call (there are some
      // elsewhere: registering the upstream wrote it)
      expect(receiver.spans.some((s) => 'db.system.name' in s.attributes)).toBe(true)
      const under = new Set([http?.spanId, mcp.spanId, out.spanId])
      expect(
        receiver.spans.filter((s) => under.has(s.parentSpanId) && 'db.system.name' in s.attributes),
      ).toEqual([])

      const received = upstream.calls.at(-1)
      const expected = `00-${CALLER_TRACE}-${out.spanId}-01`
      expect(received?.headers.traceparent).toBe(expected)
      expect(received?.meta.traceparent).toBe(expected)
    })

    it('continues trace context from the request _meta, which wins over the header', async () => {
      const c = await client(`/servers/${serverId}/mcp`, {
        traceparent: `00-${CALLER_TRACE}-${CALLER_SPAN}-01`,
      })
      await c.callTool({
        name: 'traced-echo',
        arguments: { message: 'meta' },
        _meta: { traceparent: `00-${META_TRACE}-${META_SPAN}-01` },
      })
      await c.close()
      await gw.telemetry.flush()
      const mcp = await receiver.waitFor(
        (s) => s.name === 'tools/call traced-echo' && s.traceId === META_TRACE,
      )
      expect(mcp.parentSpanId).toBe(META_SPAN)
      const out = await receiver.waitFor((s) => s.parentSpanId === mcp.spanId)
      expect(upstream.calls.at(-1)?.meta.traceparent).toBe(`00-${META_TRACE}-${out.spanId}-01`)
    })

    it('sends a call to a 2025-era upstream (through the SDK client) its trace context as headers and _meta', async () => {
      const c = await client(`/servers/${legacyServerId}/mcp`, {
        traceparent: `00-${CALLER_TRACE}-${CALLER_SPAN}-01`,
      })
      await c.callTool({ name: 'legacy-echo', arguments: { message: 'old' } })
      await c.close()
      await gw.telemetry.flush()
      const out = await receiver.waitFor(
        (s) =>
          s.name === 'tools/call echo' && s.attributes['switchyard.upstream.name'] === 'legacy',
      )
      expect(out.traceId).toBe(CALLER_TRACE)
      const received = legacyUpstream.calls.at(-1)
      expect(received?.headers['mcp-protocol-version']).toBe('2025-11-25')
      const expected = `00-${CALLER_TRACE}-${out.spanId}-01`
      expect(received?.headers.traceparent).toBe(expected)
      expect(received?.meta.traceparent).toBe(expected)
    })

    it('marks failed calls with error.type: unknown tool, upstream error', async () => {
      const c = await client(`/servers/${serverId}/mcp`)
      await expect(c.callTool({ name: 'no-such-tool', arguments: {} })).rejects.toThrow(
        /unknown tool 'no-such-tool'/,
      )
      await expect(c.callTool({ name: 'traced-fail', arguments: {} })).rejects.toThrow(
        /the fail tool always fails/,
      )
      await c.close()
      await gw.telemetry.flush()

      const unknown = await receiver.waitFor((s) => s.name === 'tools/call no-such-tool')
      expect(unknown.attributes).toMatchObject({
        'error.type': '-32602',
        'rpc.response.status_code': '-32602',
      })
      expect(unknown.status.code).toBe(2)
      const fail = await receiver.waitFor((s) => s.name === 'tools/call traced-fail')
      expect(fail.attributes['error.type']).toMatch(/^-\d+$/)
      expect(fail.status.code).toBe(2)
      const upstreamFail = await receiver.waitFor((s) => s.parentSpanId === fail.spanId)
      expect(upstreamFail).toMatchObject({ name: 'tools/call fail', kind: CLIENT })
      expect(upstreamFail.status).toMatchObject({ code: 2, message: /always fails/ })
    })
  })

  describe('metrics', () => {
    it('counts calls, durations, upstream health, pool sizes and rate-limit rejections in /metrics/prometheus', async () => {
      const c = await client(`/servers/${limitedId}/mcp`)
      await c.callTool({ name: 'traced-echo', arguments: { message: 'once' } })
      await expect(c.callTool({ name: 'traced-echo', arguments: {} })).rejects.toThrow(
        /rate limit exceeded/,
      )
      await c.close()

      const res = await fetch(`${gw.url}/metrics/prometheus`, {
        headers: { authorization: `Bearer ${token}` },
      })
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toMatch(/^text\/plain/)
      const text = await res.text()
      const value = (pattern: RegExp) => Number(pattern.exec(text)?.[1] ?? NaN)
      expect(
        value(/^switchyard_tool_calls_total\{tool="traced-echo",outcome="ok"\} (\d+)$/m),
      ).toBeGreaterThanOrEqual(3)
      expect(
        value(/^switchyard_tool_calls_total\{tool="traced-fail",outcome="error"\} (\d+)$/m),
      ).toBe(1)
      expect(
        value(
          /^switchyard_mcp_requests_total\{method="tools\/call",server="[^"]+",outcome="error"\} (\d+)$/m,
        ),
      ).toBeGreaterThanOrEqual(1)
      expect(
        value(/^switchyard_mcp_request_duration_seconds_count\{method="tools\/call"\} (\d+)$/m),
      ).toBeGreaterThanOrEqual(5)
      expect(text).toMatch(
        /^switchyard_mcp_request_duration_seconds_bucket\{le="0\.005",method="tools\/call"\} \d+$/m,
      )
      expect(
        value(
          /^switchyard_upstream_requests_total\{upstream="traced",method="tools\/call",outcome="ok"\} (\d+)$/m,
        ),
      ).toBeGreaterThanOrEqual(3)
      expect(text).not.toMatch(/no-such-tool/)
      expect(value(/^switchyard_upstream_up\{upstream="traced"\} (\d+)$/m)).toBe(1)
      expect(value(/^switchyard_upstream_pool_sessions\{upstream="traced"\} (\d+)$/m)).toBe(1)
      expect(value(/^switchyard_rate_limit_rejections_total\{kind="mcp"\} (\d+)$/m)).toBe(1)
      expect(value(/^switchyard_errors_total\{kind="mcp",error_type="-32029"\} (\d+)$/m)).toBe(1)
      // the upstreams registered: `traced` and `legacy`
      expect(
        value(
          /^switchyard_http_requests_total\{method="POST",route="\/gateways",status="201"\} (\d+)$/m,
        ),
      ).toBe(2)
      expect(text).toMatch(/^process_cpu_user_seconds_total \d/m)
      expect(text).toMatch(/^nodejs_heap_size_used_bytes \d/m)
    })

    it("counts MCP requests an API token's own rate limit refused as rejections", async () => {
      const { accessToken } = await api(
        'POST',
        '/tokens',
        { name: 'limited', rate_limit: { requests: 1, window_seconds: 3600 } },
        201,
      )
      const c = await client(`/servers/${serverId}/mcp`, {
        authorization: `Bearer ${String(accessToken)}`,
      })
      await c.listTools()
      await expect(c.listTools()).rejects.toThrow(/rate limit exceeded for this API token/)
      await c.close()
      const res = await fetch(`${gw.url}/metrics/prometheus`, {
        headers: { authorization: `Bearer ${token}` },
      })
      const text = await res.text()
      const value = (pattern: RegExp) => Number(pattern.exec(text)?.[1] ?? NaN)
      // one by the limited server (above), one by the token
      expect(value(/^switchyard_rate_limit_rejections_total\{kind="mcp"\} (\d+)$/m)).toBe(2)
      expect(value(/^switchyard_errors_total\{kind="mcp",error_type="-32029"\} (\d+)$/m)).toBe(2)
    })

    it('reports calls, failures, percentiles and last call per tool, server and upstream at /metrics', async () => {
      const report = (await api('GET', '/metrics')) as unknown as {
        tools: Record<string, unknown>[]
        servers: Record<string, unknown>[]
        upstreams: Record<string, unknown>[]
        droppedSamples: number
      }
      const echo = report.tools.find((t) => t.name === 'traced-echo')
      // the call the limited server refused counts as a failed call of the tool
      expect(echo?.failures).toBe(1)
      expect(echo?.calls).toBeGreaterThanOrEqual(4)
      for (const key of ['p50Ms', 'p95Ms', 'p99Ms', 'avgMs']) expect(echo?.[key]).toBeGreaterThan(0)
      expect(Number(echo?.p50Ms)).toBeLessThanOrEqual(Number(echo?.p99Ms))
      expect(Date.parse(String(echo?.lastCallAt))).toBeGreaterThan(Date.now() - 60_000)
      expect(report.tools.find((t) => t.name === 'traced-fail')).toMatchObject({
        calls: 1,
        failures: 1,
        failureRate: 1,
      })
      const limited = report.servers.find((s) => s.name === limitedId)
      expect(limited).toMatchObject({ failures: 1 })
      expect(report.servers.find((s) => s.name === serverId)?.calls).toBeGreaterThanOrEqual(3)
      const traced = report.upstreams.find((u) => u.name === 'traced')
      expect(traced?.id).toEqual(expect.any(String))
      expect(traced?.calls).toBeGreaterThanOrEqual(3)
      expect(report.droppedSamples).toBe(0)
    })

    it('refuses the metrics routes without credentials (401) and to non-admins (403)', async () => {
      for (const path of ['/metrics', '/metrics/prometheus']) {
        const anonymous = await fetch(`${gw.url}${path}`)
        expect(anonymous.status).toBe(401)
        const denied = await fetch(`${gw.url}${path}`, {
          headers: { authorization: `Bearer ${userToken}` },
        })
        expect(denied.status).toBe(403)
        expect(await denied.json()).toMatchObject({ code: 'FORBIDDEN' })
      }
      // a role holding admin.metrics opens them (and admin.logs the log stream), no more
      const role = { name: 'metrics_viewer', permissions: ['admin.metrics', 'admin.logs'] }
      await api('POST', '/rbac/roles', role, 201)
      await api('POST', '/rbac/users/dev@example.com/roles', { role: 'metrics_viewer' }, 201)
      const headers = { authorization: `Bearer ${userToken}` }
      for (const path of ['/metrics', '/metrics/prometheus', '/metrics/timeseries?kind=tool']) {
        expect((await fetch(`${gw.url}${path}`, { headers })).status, path).toBe(200)
      }
      const stream = await fetch(`${gw.url}/admin/logs/stream?backlog=0`, { headers })
      expect(stream.status).toBe(200)
      await stream.body?.cancel()
      expect((await fetch(`${gw.url}/users`, { headers })).status).toBe(403)
      await api('DELETE', '/rbac/roles/metrics_viewer', undefined, 200)
    })

    it('lists the metrics and logs routes in the OpenAPI document', async () => {
      const doc = (await (await fetch(`${gw.url}/openapi.json`)).json()) as {
        paths: Record<string, Record<string, { summary: string }>>
      }
      expect(doc.paths['/metrics']?.get?.summary).toMatch(/p50\/p95\/p99/)
      expect(doc.paths['/metrics/prometheus']?.get?.summary).toMatch(/Prometheus/)
      expect(doc.paths['/admin/logs/stream']?.get?.summary).toMatch(/server-sent events/)
    })
  })

  describe('logs', () => {
    /** Opens the SSE stream and collects `log` events until `until` holds. */
    async function collect(
      query: string,
      act: () => void,
      until: (events: Record<string, unknown>[]) => boolean,
    ): Promise<Record<string, unknown>[]> {
      const abort = new AbortController()
      const res = await fetch(`${gw.url}/admin/logs/stream${query}`, {
        headers: { authorization: `Bearer ${token}` },
        signal: abort.signal,
      })
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toBe('text/event-stream')
      const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader()
      const events: Record<string, unknown>[] = []
      let buffer = ''
      act()
      const deadline = setTimeout(() => abort.abort(), 5000)
      try {
        while (!until(events)) {
          const { value, done } = await reader.read()
          if (done) break
          buffer += value
          let end: number
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const frame = buffer.slice(0, end)
            buffer = buffer.slice(end + 2)
            const data = /^data: (.*)$/m.exec(frame)?.[1]
            if (frame.startsWith('event: log') && data) {
              events.push(JSON.parse(data) as Record<string, unknown>)
            }
          }
        }
      } finally {
        clearTimeout(deadline)
        abort.abort()
      }
      return events
    }

    it('streams live records over SSE, filtered by level (in any case) and text', async () => {
      const events = await collect(
        '?level=WARN&q=Kettle&backlog=0',
        () => {
          logger.info('kettle on (info, below the level)')
          logger.warn('unrelated warning')
          logger.warn({ gatewayId: 'g1' }, 'the KETTLE boiled over')
          logger.error('kettle broke')
        },
        (received) => received.length >= 2,
      )
      expect(events.map((e) => [e.level, e.msg])).toEqual([
        ['warn', 'the KETTLE boiled over'],
        ['error', 'kettle broke'],
      ])
      expect(events[0]).toMatchObject({ gatewayId: 'g1' })
    })

    it('replays kept records first, and request lines carry request and trace ids', async () => {
      await fetch(`${gw.url}/version`, { headers: { 'x-request-id': 'req-telemetry-1' } })
      const events = await collect(
        '?q=req-telemetry-1',
        () => {},
        (received) => received.length >= 1,
      )
      expect(events[0]).toMatchObject({
        level: 'debug',
        msg: 'request',
        reqId: 'req-telemetry-1',
        path: '/version',
        status: 200,
      })
      expect(events[0]?.traceId).toMatch(/^[0-9a-f]{32}$/)
    })

    it('never logs secrets: redacted fields, masked Bearer values, URL passwords and key=value secrets', async () => {
      await fetch(`${gw.url}/auth/login`, {
        method: 'POST',
        headers: {
          authorization: 'Bearer sekrit-header-token',
          'content-type': 'application/json',
        },
        body: JSON.stringify({ email: 'admin@example.com', password: 'sekrit-wrong-password' }),
      })
      logger.info(
        {
          headers: { authorization: 'Bearer sekrit-1', cookie: 'session=sekrit-2' },
          password: 'sekrit-3',
          upstream: { token: 'sekrit-4' },
        },
        'calling http://admin:sekrit-5@example.com/mcp with Authorization: Bearer sekrit-6 and ?api_key=sekrit-7',
      )
      logger.warn({ err: new Error('login failed for password=sekrit-8') }, 'login failed')
      const all = logLines.join('')
      expect(all).toContain('calling http://*****@example.com/mcp')
      expect(all).toContain('Bearer *****')
      expect(all).not.toMatch(/sekrit/)
      expect(JSON.stringify(logs.recent())).not.toMatch(/sekrit/)
    })

    it('answers bad filters with 422 naming the field, and refuses non-admins', async () => {
      const bad = await fetch(`${gw.url}/admin/logs/stream?level=loud`, {
        headers: { authorization: `Bearer ${token}` },
      })
      expect(bad.status).toBe(422)
      expect(JSON.stringify(await bad.json())).toMatch(/level/)
      for (const backlog of ['lots', '-1', '10001', '1.5', '']) {
        const res = await fetch(`${gw.url}/admin/logs/stream?backlog=${backlog}`, {
          headers: { authorization: `Bearer ${token}` },
        })
        expect(res.status, backlog).toBe(422)
        expect(await res.json(), backlog).toMatchObject({
          errors: [{ path: 'backlog', message: 'must be a whole number from 0 to 10000' }],
        })
      }
      expect((await fetch(`${gw.url}/admin/logs/stream`)).status).toBe(401)
      const denied = await fetch(`${gw.url}/admin/logs/stream`, {
        headers: { authorization: `Bearer ${userToken}` },
      })
      expect(denied.status).toBe(403)
    })
  })
})
