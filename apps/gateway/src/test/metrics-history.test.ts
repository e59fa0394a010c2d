import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client'
import { afterAll, describe, expect, it } from 'vitest'
import { connectAsAdmin, openTestGateway, type TestGateway } from './test-gateway.js'

type Row = { name: string; calls: number; failures: number; p50Ms: number | null }

/**
 * `/metrics` across restarts on the embedded store: figures are kept in the store (every
 * METRICS_HISTORY_INTERVAL and when the gateway stops) and added to those of the running process;
 * `POST /metrics/reset` forgets them, kept and live.
 */
describe('metrics kept in the store', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'switchyard-metrics-'))
  let gw: TestGateway | undefined

  const open = async (env: Record<string, string> = {}) => {
    await gw?.dispose()
    gw = await openTestGateway({ SWITCHYARD_DATA_DIR: dataDir, ...env })
    return gw
  }
  const counted = async (at: TestGateway) => {
    const res = await at.call('GET', '/metrics', { token: at.adminToken })
    expect(res.status).toBe(200)
    return ((await res.json()) as { tools: Row[] }).tools.find((t) => t.name === 'counted')
  }
  const servers = async (at: TestGateway) => {
    const res = await at.call('GET', '/metrics', { token: at.adminToken })
    return ((await res.json()) as { servers: Row[] }).servers
  }
  const reset = (at: TestGateway, query: string) =>
    at.call('POST', `/metrics/reset${query}`, { token: at.adminToken })
  /** Calls the tool `times` times (each fails: nothing listens on port 9). */
  const call = async (at: TestGateway, times: number, name = 'counted') => {
    const client = await connectAsAdmin(at)
    try {
      for (let i = 0; i < times; i++)
        expect((await client.callTool({ name, arguments: {} })).isError).toBe(true)
    } finally {
      await client.close()
    }
  }

  afterAll(async () => {
    await gw?.dispose()
    rmSync(dataDir, { recursive: true, force: true })
  })

  it('counts the calls of earlier runs after a restart', async () => {
    const first = await open()
    const created = await first.call('POST', '/tools', {
      token: first.adminToken,
      body: { name: 'counted', url: 'http://127.0.0.1:9/counted', visibility: 'public' },
    })
    expect(created.status, await created.clone().text()).toBe(201)
    await call(first, 3)
    expect(await counted(first)).toMatchObject({ calls: 3, failures: 3 })

    const second = await open()
    const kept = await counted(second)
    expect(kept).toMatchObject({ calls: 3, failures: 3 })
    expect(kept?.p50Ms).toBeGreaterThan(0)
    await call(second, 2)
    expect(await counted(second)).toMatchObject({ calls: 5, failures: 5 })
  })

  it('counts since the start only with METRICS_HISTORY_INTERVAL=0', async () => {
    const plain = await open({ METRICS_HISTORY_INTERVAL: '0' })
    expect(await counted(plain)).toBeUndefined()
    await call(plain, 1)
    expect(await counted(plain)).toMatchObject({ calls: 1 })
  })

  it('leaves out a kept figure it cannot read, and writes over it at the next keeping', async () => {
    const at = await open()
    await at.store.db
      .updateTable('metrics_history')
      .set({ tally: JSON.stringify({ calls: 'many' }) })
      .where('name', '=', 'counted')
      .execute()
    expect(await counted(at)).toBeUndefined()
    await call(at, 1)
    await at.telemetry.metrics.fold()
    expect(await counted(at)).toMatchObject({ calls: 1, failures: 1 })
  })

  it('leaves out of the store what a reset it had not heard of yet forgot, and applies that reset', async () => {
    const at = await open()
    await call(at, 2)
    // a reset on another replica, whose change has not reached this one
    const newest = await at.registry.metricsHistory.generation()
    await at.store.db.deleteFrom('metrics_history').where('name', '=', 'counted').execute()
    await at.store.db
      .insertInto('metrics_resets')
      .values({ generation: newest + 1, list: 'tools', name: 'counted', at: '' })
      .execute()
    await at.telemetry.metrics.fold()
    expect(await counted(at)).toBeUndefined()
    await call(at, 1)
    // its change, late: the reset is not applied twice
    at.registry.context.events.emit([
      { entity: 'metrics', id: `${newest + 1}:tools:counted`, op: 'deleted' },
    ])
    await at.telemetry.metrics.fold()
    expect(await counted(at)).toMatchObject({ calls: 1 })
  })

  it('resets one entity, one kind or everything, in the store too; refuses a bad scope (422)', async () => {
    const at = await open()
    await call(at, 2)
    await at.telemetry.metrics.fold()
    await call(at, 1)

    const vague = await reset(at, '?name=counted')
    expect(vague.status).toBe(422)
    expect(await vague.text()).toMatch(/name.*needs a kind/)
    const unknown = await reset(at, '?kind=prompt')
    expect(unknown.status).toBe(422)
    expect(await unknown.text()).toMatch(/kind.*one of tool, server, upstream/)
    expect(await counted(at)).toMatchObject({ calls: 4 })

    expect(await (await reset(at, '?kind=tool&name=other')).json()).toEqual({
      kind: 'tool',
      name: 'other',
    })
    expect(await counted(at)).toMatchObject({ calls: 4 })
    expect((await reset(at, '?kind=tool&name=counted')).status).toBe(200)
    expect(await counted(at)).toBeUndefined()
    const after = await open()
    expect(await counted(after)).toBeUndefined()

    await call(after, 1)
    expect(await servers(after)).not.toEqual([])
    expect(await (await reset(after, '?kind=server')).json()).toEqual({
      kind: 'server',
      name: null,
    })
    expect(await servers(after)).toEqual([])
    expect(await counted(after)).toMatchObject({ calls: 1 })
    expect((await reset(after, '')).status).toBe(200)
    expect(await counted(after)).toBeUndefined()
  })

  it('drops what it took when resets it had not heard of were pruned from the store, then counts on', async () => {
    const at = await open()
    expect((await reset(at, '?kind=tool&name=counted')).status).toBe(200)
    await call(at, 2)
    expect(await counted(at)).toMatchObject({ calls: 2 })
    // resets on another replica whose changes did not reach this one: the older two pruned since
    const newest = await at.registry.metricsHistory.generation()
    await at.store.db
      .insertInto('metrics_resets')
      .values({ generation: newest + 3, list: 'tools', name: 'other', at: '' })
      .execute()
    await at.telemetry.metrics.fold()
    expect(await counted(at)).toBeUndefined()
    await call(at, 1)
    await at.telemetry.metrics.fold()
    expect(await counted(at)).toMatchObject({ calls: 1 })
  })

  it("lists only what exists: a deleted tool's, server's and upstream's figures go, a disabled tool's stay", async () => {
    const at = await open()
    const as = async (method: string, path: string, body?: unknown) => {
      const res = await at.call(method, path, { token: at.adminToken, body })
      expect(res.status, await res.clone().text()).toBeLessThan(300)
      return res.status === 204 ? { id: '' } : ((await res.json()) as { id: string })
    }
    const doomed = await as('POST', '/tools', {
      name: 'doomed',
      url: 'http://127.0.0.1:10/doomed',
      visibility: 'public',
    })
    const server = await as('POST', '/servers', {
      name: 'metered',
      associatedTools: [{ id: doomed.id, name: 'renamed' }],
    })
    const client = new Client({ name: 'switchyard-test', version: '1.0.0' })
    await client.connect(
      new StreamableHTTPClientTransport(new URL(`http://gateway.test/servers/${server.id}/mcp`), {
        requestInit: { headers: { authorization: `Bearer ${at.adminToken}` } },
        fetch: (url, init) => Promise.resolve(at.app.request(String(url), init)),
      }),
    )
    expect((await client.callTool({ name: 'renamed', arguments: {} })).isError).toBe(true)
    await client.close()
    await call(at, 1)
    const names = async (into: TestGateway) => {
      const res = await into.call('GET', '/metrics', { token: into.adminToken })
      const report = (await res.json()) as Record<'tools' | 'servers' | 'upstreams', Row[]>
      return {
        tools: report.tools.map((row) => row.name).sort(),
        servers: report.servers.map((row) => row.name).sort(),
        upstreams: report.upstreams.map((row) => row.name).sort(),
      }
    }
    const before = {
      tools: ['counted', 'renamed'],
      servers: ['*', server.id].sort(),
      upstreams: ['REST 127.0.0.1:10', 'REST 127.0.0.1:9'],
    }
    expect(await names(at)).toMatchObject(before)

    await as('POST', `/tools/${doomed.id}/state?activate=false`)
    await as('POST', `/servers/${server.id}/state?activate=false`)
    expect(await names(at)).toMatchObject(before)

    await as('DELETE', `/servers/${server.id}`)
    await as('DELETE', `/tools/${doomed.id}`)
    const after = { tools: ['counted'], servers: ['*'], upstreams: ['REST 127.0.0.1:9'] }
    expect(await names(at)).toMatchObject(after)
    // kept in the store, and still left out after a restart
    expect(await names(await open())).toMatchObject(after)
  })

  it('starts a tool deleted or renamed and created again under its name at zero, kept and live figures forgotten', async () => {
    const at = await open()
    const tools = async (into: TestGateway) => {
      const res = await into.call('GET', '/metrics', { token: into.adminToken })
      return ((await res.json()) as { tools: Row[] }).tools
    }
    const reborn = async (into: TestGateway) =>
      (await tools(into)).find((row) => row.name === 'reborn')
    const create = async () => {
      const res = await at.call('POST', '/tools', {
        token: at.adminToken,
        body: { name: 'reborn', url: 'http://127.0.0.1:9/reborn', visibility: 'public' },
      })
      expect(res.status, await res.clone().text()).toBe(201)
      return ((await res.json()) as { id: string }).id
    }
    const first = await create()
    await call(at, 2, 'reborn')
    await at.telemetry.metrics.fold()
    await call(at, 1, 'reborn')
    expect(await reborn(at)).toMatchObject({ calls: 3, failures: 3 })

    const deleted = await at.call('DELETE', `/tools/${first}`, { token: at.adminToken })
    expect(deleted.status).toBe(200)
    const second = await create()
    expect(await reborn(at)).toBeUndefined()
    await call(at, 1, 'reborn')
    expect(await reborn(at)).toMatchObject({ calls: 1, failures: 1 })

    // a rename: the figures stay with the old name's calls, gone with it
    const renamed = await at.call('PUT', `/tools/${second}`, {
      token: at.adminToken,
      body: { name: 'reborn_again' },
    })
    expect(renamed.status, await renamed.clone().text()).toBe(200)
    expect((await tools(at)).map((row) => row.name)).not.toContain('reborn_again')
    await create()
    expect(await reborn(at)).toBeUndefined()
    // nothing comes back from the store after a restart
    const after = await open()
    expect(await reborn(after)).toBeUndefined()
    expect((await tools(after)).map((row) => row.name)).not.toContain('reborn_again')
  })
})
