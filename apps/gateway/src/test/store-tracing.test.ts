import { randomBytes } from 'node:crypto'
import { fileURLToPath } from 'node:url'
import { SpanKind } from '@opentelemetry/api'
import postgres from 'postgres'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTelemetry } from '../telemetry/telemetry.js'
import { startOtlpReceiver, type OtlpReceiver } from './otlp-receiver.js'
import { openTestGateway, type TestGateway } from './test-gateway.js'

const SERVER = 2
const stdioUpstream = fileURLToPath(new URL('./fixtures/session-upstream.mjs', import.meta.url))
const CLIENT = 3
const INTERNAL = 1
const pgAdminUrl =
  process.env.SWITCHYARD_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'

/** The embedded store, and a PostgreSQL database made for the suite. */
const drivers = [
  { driver: 'sqlite', system: 'sqlite', conflict: 'SQLITE_CONSTRAINT_UNIQUE' },
  { driver: 'postgres', system: 'postgresql', conflict: '23505' },
] as const

describe.each(drivers)('store statements as spans on $driver', ({ driver, system, conflict }) => {
  const database = `switchyard_spans_${randomBytes(5).toString('hex')}`
  const admin = postgres(pgAdminUrl, { max: 1, onnotice: () => undefined })
  let receiver: OtlpReceiver
  let gw: TestGateway

  beforeAll(async () => {
    receiver = await startOtlpReceiver()
    if (driver === 'postgres') await admin.unsafe(`create database ${database}`)
    gw = await openTestGateway({
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
      HEALTH_CHECK_INTERVAL: '1',
      ...(driver === 'postgres' && {
        DATABASE_URL: pgAdminUrl.replace(/\/[^/?]*(\?|$)/, `/${database}$1`),
      }),
    })
  }, 30_000)

  afterAll(async () => {
    await gw?.dispose()
    await receiver?.close()
    if (driver === 'postgres')
      await admin.unsafe(`drop database if exists ${database} with (force)`)
    await admin.end()
  })

  it('makes `{operation} {table}` CLIENT spans under the request that ran them', async () => {
    const res = await gw.call('POST', '/servers', { token: gw.adminToken, body: { name: 'spans' } })
    expect(res.status).toBe(201)
    await gw.telemetry.flush()
    const http = await receiver.waitFor((s) => s.name === 'POST /servers' && s.kind === SERVER)
    const insert = await receiver.waitFor(
      (s) => s.name === 'INSERT servers' && s.parentSpanId === http.spanId,
    )
    expect(insert.kind).toBe(CLIENT)
    expect(insert.traceId).toBe(http.traceId)
    expect(insert.attributes).toMatchObject({
      'db.system.name': system,
      'db.operation.name': 'INSERT',
      'db.collection.name': 'servers',
    })
    expect(insert.attributes['db.query.text']).toMatch(/^insert into "servers"/)
    expect(insert.attributes['db.query.text']).not.toContain("'spans'")
    expect(insert.status.code ?? 0).toBe(0)
    // made after the statement ran, with its measured times: inside the request's span
    const time = (nanos: string) => BigInt(nanos)
    expect(time(insert.startTimeUnixNano)).toBeGreaterThanOrEqual(time(http.startTimeUnixNano))
    expect(time(insert.endTimeUnixNano)).toBeGreaterThan(time(insert.startTimeUnixNano))
    expect(time(insert.endTimeUnixNano)).toBeLessThanOrEqual(time(http.endTimeUnixNano))
  })

  it("puts an MCP request's credential lookup and its MCP span under the request's span", async () => {
    const created = await gw.call('POST', '/tokens', {
      token: gw.adminToken,
      body: { name: 'traced' },
    })
    expect(created.status).toBe(201)
    const { accessToken } = (await created.json()) as { accessToken: string }
    const listTools = async () => {
      const res = await gw.call('POST', '/rpc', {
        token: accessToken,
        body: { jsonrpc: '2.0', id: 1, method: 'tools/list' },
      })
      expect(res.status).toBe(200)
      await gw.telemetry.flush()
    }
    const rpcSpan = (seen: string[]) =>
      receiver.waitFor((s) => s.name === 'POST /rpc' && !seen.includes(s.spanId))
    await listTools()
    const first = await rpcSpan([])
    const read = await receiver.waitFor(
      (s) => s.name === 'SELECT api_tokens' && s.parentSpanId === first.spanId,
    )
    expect(read.kind).toBe(CLIENT)
    expect(read.traceId).toBe(first.traceId)
    // The body was sent without a length (a Request made from a string has none): the body limit
    // counts it through a stream, in a request of its own, which the MCP span still finds.
    const served = await receiver.waitFor(
      (s) => s.name === 'tools/list' && s.parentSpanId === first.spanId,
    )
    expect(served.kind).toBe(SERVER)
    // the second request finds the principal cached: no statement under it
    await listTools()
    const second = await rpcSpan([first.spanId])
    const under = receiver.spans.filter((s) => s.parentSpanId === second.spanId)
    expect(under.map((s) => s.name)).not.toContain('SELECT api_tokens')
    expect(under.filter((s) => s.kind === CLIENT)).toEqual([])
    // and no credential lookup made a trace of its own
    expect(receiver.spans.filter((s) => s.name === 'SELECT api_tokens' && !s.parentSpanId)).toEqual(
      [],
    )
  })

  it('traces an upstream sync and a health check as spans with their requests and statements under them', async () => {
    const token = gw.adminToken
    const ok = await gw.call('POST', '/gateways', {
      token,
      body: { name: 'echoing', command: process.execPath, args: [stdioUpstream] },
    })
    const nowhere = await gw.call('POST', '/gateways', {
      token,
      body: { name: 'nowhere', url: 'http://127.0.0.1:9/mcp' },
    })
    expect([ok.status, nowhere.status]).toEqual([201, 201])
    const sync = await receiver.waitFor((s) => s.name === 'sync echoing')
    expect(sync.kind).toBe(1) // INTERNAL
    expect(sync.attributes['switchyard.upstream.name']).toBe('echoing')
    const under = (name: string) =>
      receiver.waitFor((s) => s.name === name && s.parentSpanId === sync.spanId)
    const list = await under('tools/list')
    expect(list.kind).toBe(CLIENT)
    expect(list.attributes).toMatchObject({
      'mcp.method.name': 'tools/list',
      'switchyard.upstream.name': 'echoing',
      'network.transport': 'pipe',
    })
    await under('UPDATE gateways')
    expect((await under('INSERT tools')).traceId).toBe(sync.traceId)
    // the health checks that follow: a span each, its ping under it
    const check = await receiver.waitFor((s) => s.name === 'health check echoing')
    await receiver.waitFor((s) => s.name === 'ping' && s.parentSpanId === check.spanId)
    const failed = await receiver.waitFor((s) => s.name === 'sync nowhere')
    expect(failed.status.code).toBe(2)
    const marked = await receiver.waitFor(
      (s) => s.name === 'UPDATE gateways' && s.parentSpanId === failed.spanId,
    )
    expect(marked.traceId).toBe(failed.traceId)
  })

  it('runs no statement outside a span: start-up, catalog updates and batched writes have their own', async () => {
    const taskSpans = (name: string) =>
      new Set(
        receiver.spans.filter((s) => s.name === name && s.kind === INTERNAL).map((s) => s.spanId),
      )
    const under = (task: string, statement: string) =>
      receiver.waitFor((s) => s.name === statement && taskSpans(task).has(s.parentSpanId))
    await under('open store', 'CREATE TABLE gateways')
    await under('seed roles and admin', 'INSERT users')
    await under('prune audit records', 'DELETE audit_log')
    await under('write audit records', 'INSERT audit_log')
    await under('record token usage', 'UPDATE api_tokens')
    // the store reads that bring committed changes into the catalog
    await under('update catalog', 'SELECT servers')
    const statements = receiver.spans.filter((s) => 'db.system.name' in s.attributes)
    expect(statements.length).toBeGreaterThan(50)
    expect(statements.filter((s) => !s.parentSpanId).map((s) => s.name)).toEqual([])
  })

  it('marks a failed statement with error.type and db.response.status_code', async () => {
    const tracing = gw.telemetry.tracing!
    const root = { uri: 'file:///spans', name: null, created_at: 'now', updated_at: 'now' }
    await gw.store.db
      .insertInto('roots')
      .values({ id: 'twice', ...root })
      .execute()
    const parent = tracing.start('duplicate insert', SpanKind.INTERNAL, {})
    await tracing.with(parent, () =>
      expect(
        gw.store.db
          .insertInto('roots')
          .values({ id: 'twice', ...root })
          .execute(),
      ).rejects.toThrow(),
    )
    parent.end()
    await gw.telemetry.flush()
    const failed = await receiver.waitFor(
      (s) => s.name === 'INSERT roots' && s.parentSpanId === parent.spanContext().spanId,
    )
    expect(failed.status.code).toBe(2)
    expect(failed.attributes).toMatchObject({
      'error.type': conflict,
      'db.response.status_code': conflict,
    })
  })
})

describe('without tracing', () => {
  it('installs no store hook and no tracing, when tracing is off or observability is un-wired', async () => {
    for (const enabled of [true, false]) {
      const telemetry = await createTelemetry({
        enabled,
        version: '0.0.0',
        catalog: () => {
          throw new Error('not read')
        },
      })
      expect(telemetry.storeQueries).toBeUndefined()
      expect(telemetry.tracing).toBeUndefined()
      telemetry.metrics.close()
    }
  })
})
