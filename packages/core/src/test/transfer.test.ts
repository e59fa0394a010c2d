import { createSecretSealer } from '@switchyard/auth'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { GatewayError } from '../errors.js'
import { postgresTestStore, sqliteTestStore } from '../store/test-stores.js'
import type { ExportDocument } from '../transfer/document.js'
import { exportRegistry } from '../transfer/export.js'
import { ACTOR, ADMIN, importInto, openTestRegistry, type TestRegistry } from './test-registry.js'

const EXTRAS = { icons: [{ src: 'https://example.com/r.png' }], _meta: { 'example.com/k': 1 } }

describe('export and import', () => {
  let source: TestRegistry
  let target: TestRegistry
  let document: ExportDocument

  beforeAll(async () => {
    source = await openTestRegistry(sqliteTestStore)
    // The target has another sealing key: secrets must be opened with the source's and sealed again.
    target = await openTestRegistry(postgresTestStore, 'another-target-secret-abcdefghij')
    const g = await source.registry.gateways.create(
      {
        name: 'files',
        url: 'http://files:url-password@127.0.0.1:9/mcp?api_key=url-key',
        auth: { type: 'bearer', token: 'upstream-token' },
      },
      ACTOR,
    )
    const read = await source.registry.tools.create(
      { name: 'read_file', gatewayId: g.id, mcpExtras: EXTRAS },
      ACTOR,
    )
    const rest = await source.registry.tools.create(
      {
        name: 'clock',
        url: 'http://127.0.0.1:9/clock?token=clock-token&tz=utc',
        tags: ['time'],
        rateLimit: { requests: 5, windowSeconds: 60 },
        maxConcurrency: 3,
      },
      ACTOR,
    )
    await source.registry.tools.setEnabled(rest.id, false)
    const res = await source.registry.resources.create(
      { uri: 'file:///a.txt', name: 'a', content: 'hello' },
      ACTOR,
    )
    const ops = await source.registry.teams.create({ name: 'Ops' }, { email: null })
    const prompt = await source.registry.prompts.create(
      { name: 'hi', title: 'Hi', template: 'Hi {{ who }}', team: ops.id },
      ACTOR,
    )
    await source.registry.prompts.update(
      prompt.id,
      { title: 'Hello', template: 'Hello {{ who }}' },
      ACTOR,
    )
    await source.registry.servers.create(
      {
        name: 'desk',
        associatedTools: [{ id: read.id, name: 'read' }, rest.id],
        associatedResources: [res.id],
        associatedPrompts: [prompt.id],
      },
      ACTOR,
    )
    await source.registry.roots.create({ uri: 'file:///work', name: 'work' })
    document = await exportRegistry(source.registry.context, { exportedBy: ACTOR.email })
  })
  afterAll(async () => {
    await source.dispose()
    await target.dispose()
  })

  it('exports every kind by name, with secrets sealed', () => {
    expect(document.entities.gateways).toHaveLength(1)
    expect(document.entities.tools.map((t) => t.name)).toEqual(['clock', 'files-read_file'])
    expect(document.entities.servers[0]?.tools).toEqual([
      { ref: 'files-read_file', name: 'read', description: null },
      { ref: 'clock', name: null, description: null },
    ])
    expect(JSON.stringify(document)).not.toContain('upstream-token')
    expect(JSON.stringify(document)).not.toMatch(/url-password|url-key|clock-token/)
    expect(document.entities.gateways[0]?.url).toBe(
      'http://files:*****@127.0.0.1:9/mcp?api_key=*****',
    )
    expect(document.entities.tools[0]?.url).toBe('http://127.0.0.1:9/clock?token=*****&tz=utc')
  })

  it('refuses secrets it cannot open, writing nothing', async () => {
    const error = await importInto(target, document, { openSealed: undefined as never }).catch(
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(GatewayError)
    expect((error as GatewayError).message).toContain('entities.gateways.0.urlSealed')
    expect((await target.registry.gateways.list({}, ADMIN)).items).toEqual([])
  })

  it('rolls back a dry run, then imports everything across dialects with secrets sealed again', async () => {
    const dry = await importInto(target, document, { dryRun: true })
    expect(dry.created).toEqual({
      teams: 1,
      teamMembers: 0,
      roles: 0,
      roleAssignments: 0,
      gateways: 1,
      a2aAgents: 0,
      grpcServices: 0,
      tools: 2,
      resources: 1,
      prompts: 1,
      servers: 1,
      roots: 1,
    })
    expect((await target.registry.tools.list({ includeInactive: true }, ADMIN)).items).toEqual([])

    const report = await importInto(target, document)
    expect(report.created).toEqual(dry.created)
    const tools = (await target.registry.tools.list({ includeInactive: true }, ADMIN)).items
    expect(tools.map((t) => [t.name, t.enabled])).toEqual([
      ['clock', false],
      ['files-read_file', true],
    ])
    expect(tools[0]?.rateLimit).toEqual({ requests: 5, windowSeconds: 60 })
    expect(tools[0]?.maxConcurrency).toBe(3)
    const [gateway] = (await target.registry.gateways.list({}, ADMIN)).items
    expect(gateway?.auth).toEqual({ type: 'bearer', token: '*****' })
    const row = await target.registry.gateways.getRow(gateway?.id ?? '')
    const opened = createSecretSealer({ secret: 'another-target-secret-abcdefghij' }).open(
      row.auth_sealed ?? '',
    )
    expect(JSON.parse(opened)).toEqual({ type: 'bearer', token: 'upstream-token' })
    expect(row.url).toBe('http://files:url-password@127.0.0.1:9/mcp?api_key=url-key')
    expect(tools[0]?.url).toBe('http://127.0.0.1:9/clock?token=clock-token&tz=utc')
    const [team] = await target.registry.teams.list()
    expect(team).toMatchObject({ name: 'Ops', slug: 'ops' })
    expect(team?.id).not.toBe(document.entities.teams[0]?.id)
    const [prompt] = (await target.registry.prompts.list({}, ADMIN)).items
    expect(prompt).toMatchObject({ name: 'hi', team: team?.id, visibility: 'team', version: 2 })
    const history = await target.registry.prompts.revisions(prompt?.id ?? '')
    expect(history.map((r) => [r.version, r.title, r.template])).toEqual([
      [2, 'Hello', 'Hello {{ who }}'],
      [1, 'Hi', 'Hi {{ who }}'],
    ])
    const rolledBack = await target.registry.prompts.rollback(prompt?.id ?? '', 1, ACTOR)
    expect(rolledBack).toMatchObject({ version: 3, title: 'Hi', template: 'Hi {{ who }}' })
    const [server] = (await target.registry.servers.list({}, ADMIN)).items
    const serverTools = await target.registry.servers.tools(server?.id ?? '')
    expect(serverTools.map((t) => t.name)).toEqual(['read', 'clock'])
    await target.registry.catalog.settled()
    expect(target.registry.catalog.current().toolsByName.has('files-read_file')).toBe(true)
  })

  it('applies the conflict strategies', async () => {
    const fail = await importInto(target, document).catch((e: unknown) => e as GatewayError)
    expect(fail).toMatchObject({ code: 'CONFLICT' })
    expect((fail as GatewayError).message).toContain('tools: clock')

    const skip = await importInto(target, document, { conflict: 'skip' })
    expect(skip.skipped).toEqual({
      teams: 1,
      teamMembers: 0,
      roles: 0,
      roleAssignments: 0,
      gateways: 1,
      a2aAgents: 0,
      grpcServices: 0,
      tools: 2,
      resources: 1,
      prompts: 1,
      servers: 1,
      roots: 1,
    })

    const changed = structuredClone(document)
    const clock = changed.entities.tools.find((t) => t.name === 'clock')
    if (clock) clock.description = 'updated by import'
    const update = await importInto(target, changed, { conflict: 'update' })
    expect(update.updated.tools).toBe(2)
    const tools = (await target.registry.tools.list({ includeInactive: true }, ADMIN)).items
    expect(tools.find((t) => t.name === 'clock')?.description).toBe('updated by import')

    const rename = await importInto(target, document, { conflict: 'rename' })
    expect(rename.renamed).toContainEqual({ kind: 'tools', from: 'clock', to: 'clock-2' })
    expect(rename.renamed).toContainEqual({ kind: 'servers', from: 'desk', to: 'desk-2' })
    expect(rename.skipped.resources).toBe(1)
  })

  it("writes a gateway's members as their upstream gave them, past the API's limits", async () => {
    const fresh = await openTestRegistry(sqliteTestStore)
    try {
      const synced = structuredClone(document)
      const read = synced.entities.tools.find((tool) => tool.gatewayName === 'files')!
      // an upstream's description may be longer than a user's may be; its next sync rewrites it
      read.description = 'd'.repeat(20_000)
      // extras are kept for a gateway's members only, and only the allow-listed keys
      read.mcpExtras = { ...read.mcpExtras, surprise: true }
      const rest = synced.entities.tools.find((tool) => tool.gatewayName === null)!
      const own = {
        ...rest,
        name: 'own',
        urlSealed: null,
        description: 'd'.repeat(20_000),
        mcpExtras: EXTRAS,
      }
      const refused = await importInto(fresh, {
        ...synced,
        entities: { ...synced.entities, tools: [...synced.entities.tools, own] },
      }).catch((e: unknown) => e as GatewayError)
      expect((refused as GatewayError).message).toMatch(
        /^invalid input: entities\.tools\.2\.description: must be at most 16384 characters$/,
      )
      const ownValid = { ...own, description: null, enabled: true }
      await importInto(fresh, {
        ...synced,
        entities: { ...synced.entities, tools: [...synced.entities.tools, ownValid] },
      })
      const tools = (await fresh.registry.tools.list({}, ADMIN)).items
      expect(tools.find((tool) => tool.originalName === 'read_file')?.description).toHaveLength(
        20_000,
      )
      expect(tools.find((tool) => tool.originalName === 'read_file')?.mcpExtras).toEqual(EXTRAS)
      expect(tools.find((tool) => tool.name === 'own')?.mcpExtras).toBeNull()
    } finally {
      await fresh.dispose()
    }
  })

  it("keeps a gateway's prompts by their exported names, created or updated", async () => {
    const here = await openTestRegistry(sqliteTestStore)
    const there = await openTestRegistry(sqliteTestStore)
    try {
      const files = await here.registry.gateways.create(
        { name: 'files', url: 'http://127.0.0.1:9/mcp' },
        ACTOR,
      )
      const member = (name: string) =>
        here.registry.prompts.create({ name, template: '', gatewayId: files.id }, ACTOR)
      await member('forecast')
      await here.registry.prompts.update((await member('digest')).id, { name: 'news' }, ACTOR)
      const exported = await exportRegistry(here.registry.context, { exportedBy: ACTOR.email })
      const names = async (into: typeof here) =>
        (await into.registry.prompts.list({}, ADMIN)).items
          .map((p) => `${p.name} <- ${p.originalName}`)
          .sort()
      const expected = ['files-forecast <- forecast', 'news <- digest']
      expect(await names(here)).toEqual(expected)
      await importInto(here, exported, { conflict: 'update' })
      expect(await names(here)).toEqual(expected)
      await importInto(there, exported)
      expect(await names(there)).toEqual(expected)
    } finally {
      await here.dispose()
      await there.dispose()
    }
  })

  it('is all-or-nothing: one bad reference leaves the store untouched', async () => {
    const broken = structuredClone(document)
    broken.entities.roots = [{ uri: 'file:///new-root', name: null }]
    broken.entities.servers = [
      {
        ...broken.entities.servers[0]!,
        name: 'fresh',
        tools: [{ ref: 'missing', name: null, description: null }],
      },
    ]
    const before = (await target.registry.roots.list()).length
    const error = await importInto(target, broken, { conflict: 'skip' }).catch(
      (e: unknown) => e as GatewayError,
    )
    expect(error).toMatchObject({ code: 'VALIDATION_FAILED' })
    expect((error as GatewayError).message).toContain("'missing'")
    expect((await target.registry.roots.list()).length).toBe(before)
    const badUrl = structuredClone(document)
    badUrl.entities.roots = [{ uri: 'file:///another-root', name: null }]
    badUrl.entities.tools = [
      { ...badUrl.entities.tools[0]!, name: 'fresh', url: 'not a url', urlSealed: null },
    ]
    const refused = await importInto(target, badUrl, { conflict: 'skip' }).catch(
      (e: unknown) => e as GatewayError,
    )
    expect(refused).toMatchObject({ code: 'VALIDATION_FAILED' })
    expect((refused as GatewayError).message).toContain('entities.tools.0.url: must be an absolute')
    expect((await target.registry.roots.list()).length).toBe(before)
    const teamless = structuredClone(document)
    teamless.entities.roots = [{ uri: 'file:///third-root', name: null }]
    teamless.entities.tools = [
      { ...teamless.entities.tools[0]!, name: 'fresh', team: 'gone', visibility: 'team' },
    ]
    const dangling = await importInto(target, teamless, { conflict: 'skip' }).catch(
      (e: unknown) => e as GatewayError,
    )
    expect(dangling).toMatchObject({ code: 'VALIDATION_FAILED' })
    expect((dangling as GatewayError).message).toContain(
      "entities.tools.0.team: must name a team: no team has the id 'gone'",
    )
    expect((await target.registry.roots.list()).length).toBe(before)
    const invalid = await importInto(target, { format: 'nope' }).catch(
      (e: unknown) => e as GatewayError,
    )
    expect(invalid).toMatchObject({ code: 'VALIDATION_FAILED' })
  })
})
