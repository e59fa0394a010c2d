import { createSecretSealer } from '@switchyard/auth'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { GatewayError } from '../errors.js'
import { GrpcServiceCreateSchema } from '../schemas/grpc-service.js'
import type { GrpcConnection, GrpcDiscovered } from '../services/grpc-connection.js'
import type { GrpcToolSpec } from '../services/grpc-tools-sync.js'
import { postgresTestStore, sqliteTestStore } from '../store/test-stores.js'
import { exportRegistry } from '../transfer/export.js'
import { importRegistry } from '../transfer/import.js'
import {
  ACTOR,
  ADMIN,
  openTestRegistry,
  rejection,
  TEST_SEAL_SECRET,
  testStoreDrivers,
  type TestRegistry,
} from './test-registry.js'

const spec = (name: string, description = `calls ${name}`): GrpcToolSpec => ({
  name: `demo.v1.Demo.${name}`,
  description,
  inputSchema: { type: 'object', properties: {} },
  outputSchema: { type: 'object', properties: {} },
  method: { service: 'demo.v1.Demo', name, path: `/demo.v1.Demo/${name}`, kind: 'unary' },
})

describe.each(testStoreDrivers)('gRPC services on $driver', ({ open }) => {
  let t: TestRegistry
  // What the (scripted) server answers to reflection, and what it was asked with.
  let answer: GrpcDiscovered | Error
  const asked: GrpcConnection[] = []

  beforeAll(async () => {
    t = await openTestRegistry(open, undefined, {
      discoverGrpc: (connection) => {
        asked.push(connection)
        return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer)
      },
    })
  })
  afterAll(async () => {
    await t.dispose()
  })

  const discovered = (...tools: GrpcToolSpec[]): GrpcDiscovered => ({
    services: ['demo.v1.Demo'],
    descriptorSet: Buffer.from('descriptors').toString('base64'),
    tools,
    skipped: [],
  })
  const toolsOf = async (id: string) =>
    (await t.registry.grpc.tools(id)).map((tool) => [tool.name, tool.description])

  it('saves the service, sealed secrets and one tool per method in one go', async () => {
    answer = discovered(spec('Get'), spec('Put'))
    const service = await t.registry.grpc.create(
      {
        name: 'Demo API',
        target: 'demo.internal:443',
        tls: { ca: 'PEM-CA', serverName: 'demo' },
        metadata: { 'x-api-key': 'secret-key' },
      },
      ACTOR,
    )
    expect(service).toMatchObject({
      slug: 'demo-api',
      status: 'active',
      tlsEnabled: true,
      tls: { ca: true, clientCertificate: false, serverName: 'demo' },
      metadataKeys: ['x-api-key'],
      services: ['demo.v1.Demo'],
    })
    expect(asked.at(-1)).toEqual({
      target: 'demo.internal:443',
      tls: { ca: 'PEM-CA', serverName: 'demo' },
      metadata: { 'x-api-key': 'secret-key' },
      timeoutMs: null,
    })
    const row = await t.registry.grpc.getRow(service.id)
    expect(JSON.stringify(row)).not.toContain('secret-key')
    expect(await toolsOf(service.id)).toEqual([
      ['demo-api-demo.v1.Demo.Get', 'calls Get'],
      ['demo-api-demo.v1.Demo.Put', 'calls Put'],
    ])
    const catalog = await t.registry.catalog.settled()
    expect(catalog.grpcServices.get(service.id)).toMatchObject({
      metadata: { 'x-api-key': 'secret-key' },
      descriptorSet: Buffer.from('descriptors').toString('base64'),
    })
    expect(catalog.toolsByName.get('demo-api-demo.v1.Demo.Get')?.grpcServiceId).toBe(service.id)
  })

  it('refreshes: reports added, updated and removed, keeping local renames', async () => {
    const [service] = (await t.registry.grpc.list({}, ADMIN)).items
    const [get] = await t.registry.grpc.tools(service!.id)
    await t.registry.tools.update(get!.id, { name: 'fetch-demo' })
    answer = discovered(spec('Get', 'now documented'), spec('Delete'))
    const report = await t.registry.grpc.refresh(service!.id)
    expect(report.tools).toEqual({
      added: ['demo.v1.Demo.Delete'],
      updated: ['demo.v1.Demo.Get'],
      removed: ['demo.v1.Demo.Put'],
    })
    expect(await toolsOf(service!.id)).toEqual([
      ['demo-api-demo.v1.Demo.Delete', 'calls Delete'],
      ['fetch-demo', 'now documented'],
    ])
  })

  it('names the services reflection skipped in the report and status reason, until described', async () => {
    const [service] = (await t.registry.grpc.list({}, ADMIN)).items
    const skipped = [{ name: 'demo.v1.Lost', reason: 'it needs gone.proto, which ...' }]
    answer = { ...discovered(spec('Get', 'now documented'), spec('Delete')), skipped }
    const report = await t.registry.grpc.refresh(service!.id)
    expect(report).toEqual({
      services: ['demo.v1.Demo'],
      skipped,
      tools: { added: [], updated: [], removed: [] },
    })
    expect(await t.registry.grpc.get(service!.id)).toMatchObject({
      status: 'active',
      statusReason:
        'services left out, reflection could not describe them: demo.v1.Lost (it needs gone.proto, which ...)',
    })
    answer = discovered(spec('Get', 'now documented'), spec('Delete'))
    expect((await t.registry.grpc.refresh(service!.id)).skipped).toEqual([])
    expect(await t.registry.grpc.get(service!.id)).toMatchObject({
      status: 'active',
      statusReason: null,
    })
  })

  it('marks the service unreachable when reflection fails, and changes nothing else', async () => {
    const [service] = (await t.registry.grpc.list({}, ADMIN)).items
    answer = new GatewayError('UPSTREAM_ERROR', 'demo.internal:443 could not be reached')
    expect((await rejection(t.registry.grpc.refresh(service!.id))).message).toMatch(/reached/)
    expect(await t.registry.grpc.get(service!.id)).toMatchObject({
      status: 'unreachable',
      statusReason: 'demo.internal:443 could not be reached',
    })
    expect(await toolsOf(service!.id)).toHaveLength(2)
  })

  it('leaves nothing behind when discovery fails or a tool name is taken', async () => {
    answer = new GatewayError('UPSTREAM_ERROR', 'no reflection')
    await rejection(t.registry.grpc.create({ name: 'Broken', target: 'x.internal:1' }, ACTOR))
    await t.registry.tools.create(
      { name: 'taken-demo.v1.Demo.Get', url: 'http://127.0.0.1:9/x' },
      ACTOR,
    )
    answer = discovered(spec('Get'))
    const clash = await rejection(
      t.registry.grpc.create({ name: 'Taken', target: 'y.internal:1' }, ACTOR),
    )
    expect(clash.code).toBe('CONFLICT')
    expect((await t.registry.grpc.list({}, ADMIN)).items.map((s) => s.name)).toEqual(['Demo API'])
  })

  it('refuses a target that is not host:port with a port of 1-65535 before reflecting', async () => {
    const bad = ['127.0.0.1:99999', '[::1]:70000', '999.1.1.1:5', 'demo.internal:0', 'demo']
    for (const target of bad) {
      expect(
        GrpcServiceCreateSchema.safeParse({ name: 'g', target }).error?.issues,
        target,
      ).toMatchObject([{ path: ['target'] }])
      asked.length = 0
      const refused = await rejection(t.registry.grpc.create({ name: 'g', target }, ACTOR))
      expect(refused).toMatchObject({ code: 'VALIDATION_FAILED', issues: [{ path: 'target' }] })
      expect(asked).toEqual([])
    }
    // a row stored before the check: its refresh is refused the same way, and marks it unreachable
    const [service] = (await t.registry.grpc.list({}, ADMIN)).items
    const setTarget = (target: string) =>
      t.store.db
        .updateTable('grpc_services')
        .set({ target })
        .where('id', '=', service!.id)
        .execute()
    await setTarget('127.0.0.1:99999')
    const refused = await rejection(t.registry.grpc.refresh(service!.id))
    expect(refused).toMatchObject({ code: 'VALIDATION_FAILED', issues: [{ path: 'target' }] })
    expect(await t.registry.grpc.get(service!.id)).toMatchObject({ status: 'unreachable' })
    await setTarget(service!.target)
    for (const target of ['localhost:50051', '[::1]:65535', '10.0.0.1:1'])
      expect(GrpcServiceCreateSchema.safeParse({ name: 'g', target }).success, target).toBe(true)
  })

  it('shortens tool names past 64 characters, stable and unique, naming the method in full', async () => {
    const service = 'com.example.platform.inventory.v1beta2.WarehouseInventoryService'
    const long = (name: string): GrpcToolSpec => ({ ...spec(name), name: `${service}.${name}` })
    answer = discovered(long('ListStockLevels'), long('ListStockLevelsV2'))
    const created = await t.registry.grpc.create(
      { name: 'Warehouse', target: 'wh.internal:443' },
      ACTOR,
    )
    const named = async (id: string) =>
      (await t.registry.grpc.tools(id)).map((tool) => [tool.name, tool.description])
    const first = await named(created.id)
    expect(first).toEqual([
      [
        expect.stringMatching(
          /^warehouse-.+\.WarehouseInventoryService\.ListStockLevels_[0-9a-f]{8}$/,
        ),
        `calls ListStockLevels (gRPC method ${service}.ListStockLevels)`,
      ],
      [
        expect.stringMatching(
          /^warehouse-.+\.WarehouseInventoryService\.ListStockLevelsV2_[0-9a-f]{8}$/,
        ),
        `calls ListStockLevelsV2 (gRPC method ${service}.ListStockLevelsV2)`,
      ],
    ])
    for (const [name] of first) expect(name!.length).toBeLessThanOrEqual(64)
    const report = await t.registry.grpc.refresh(created.id)
    expect(report.tools).toEqual({ added: [], updated: [], removed: [] })
    expect(await named(created.id)).toEqual(first)
    await t.registry.grpc.update(created.id, { name: 'Warehouse Two' })
    const renamed = await named(created.id)
    for (const [name] of renamed) {
      expect(name).toMatch(/^warehouse-two-.+ListStockLevels(V2)?_[0-9a-f]{8}$/)
      expect(name!.length).toBeLessThanOrEqual(64)
    }
    await t.registry.grpc.remove(created.id)
  })

  it('renames (re-prefixing), and deletes with its tools and server memberships', async () => {
    const [service] = (await t.registry.grpc.list({}, ADMIN)).items
    await t.registry.grpc.update(service!.id, { name: 'Demo Two' })
    expect(await toolsOf(service!.id)).toEqual([
      ['demo-two-demo.v1.Demo.Delete', 'calls Delete'],
      ['fetch-demo', 'now documented'],
    ])
    const tools = await t.registry.grpc.tools(service!.id)
    const server = await t.registry.servers.create(
      { name: 'with-grpc', associatedTools: tools.map((tool) => tool.id) },
      ACTOR,
    )
    await t.registry.grpc.remove(service!.id)
    expect(await t.registry.grpc.tools(service!.id)).toEqual([])
    expect((await t.registry.servers.get(server.id)).associatedTools).toEqual([])
    expect((await rejection(t.registry.grpc.get(service!.id))).code).toBe('NOT_FOUND')
  })
})

describe('gRPC services in export and import', () => {
  let source: TestRegistry
  let target: TestRegistry

  beforeAll(async () => {
    const discovered: GrpcDiscovered = {
      services: ['demo.v1.Demo'],
      descriptorSet: Buffer.from('descriptors').toString('base64'),
      tools: [spec('Get'), spec('Put')],
      skipped: [],
    }
    source = await openTestRegistry(sqliteTestStore, undefined, {
      discoverGrpc: () => Promise.resolve(discovered),
    })
    // No discoverer in the target: an import must not need to reflect.
    target = await openTestRegistry(postgresTestStore, 'another-target-secret-abcdefghij')
  })
  afterAll(async () => {
    await Promise.all([source?.dispose(), target?.dispose()])
  })

  it('carries the service, its sealed settings, descriptors, renamed tools and memberships', async () => {
    const service = await source.registry.grpc.create(
      { name: 'Demo', target: 'demo.internal:50051', metadata: { 'x-api-key': 'k-1' } },
      ACTOR,
    )
    const [get, put] = await source.registry.grpc.tools(service.id)
    await source.registry.tools.update(get!.id, { name: 'demo-get' })
    await source.registry.tools.setEnabled(put!.id, false)
    await source.registry.servers.create({ name: 'front', associatedTools: [get!.id] }, ACTOR)
    const document = await exportRegistry(source.registry.context)
    expect(JSON.stringify(document)).not.toContain('k-1')

    const report = await importRegistry(
      target.registry.context,
      target.registry.passwords,
      document,
      {
        conflict: 'fail',
        actor: ACTOR,
        openSealed: (sealed) => createSecretSealer({ secret: TEST_SEAL_SECRET }).open(sealed),
      },
    )
    expect(report.created).toMatchObject({ grpcServices: 1, servers: 1 })
    const [copy] = (await target.registry.grpc.list({}, ADMIN)).items
    expect(copy).toMatchObject({
      name: 'Demo',
      target: 'demo.internal:50051',
      services: ['demo.v1.Demo'],
    })
    const tools = await target.registry.grpc.tools(copy!.id)
    expect(tools.map((t) => [t.name, t.enabled])).toEqual([
      ['demo-get', true],
      ['demo-demo.v1.Demo.Put', false],
    ])
    const catalog = await target.registry.catalog.settled()
    expect(catalog.grpcServices.get(copy!.id)).toMatchObject({
      metadata: { 'x-api-key': 'k-1' },
      descriptorSet: Buffer.from('descriptors').toString('base64'),
    })
    const [server] = (await target.registry.servers.list({}, ADMIN)).items
    expect(server?.associatedTools).toEqual([tools[0]!.id])
  })
})
