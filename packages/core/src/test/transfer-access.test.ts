import { createSecretSealer } from '@switchyard/auth'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { A2aAgentDiscovery } from '../schemas/a2a-agent.js'
import { postgresTestStore, sqliteTestStore } from '../store/test-stores.js'
import type { ExportDocument } from '../transfer/document.js'
import { exportRegistry } from '../transfer/export.js'
import {
  ACTOR,
  ADMIN,
  importInto,
  openTestRegistry,
  rejection,
  type TestRegistry,
} from './test-registry.js'

const TARGET_SECRET = 'another-target-secret-abcdefghij'
const DEVELOPER = {
  name: 'developer',
  description: 'built in',
  permissions: ['tools.read'],
  scope: 'global' as const,
}
const card: A2aAgentDiscovery = {
  card: { name: 'Weather Agent', supportedInterfaces: [{ url: 'http://127.0.0.1:9/rpc' }] },
  name: 'Weather Agent',
  description: 'Forecasts by chat',
  endpointUrl: 'http://127.0.0.1:9/rpc',
  protocolBinding: 'JSONRPC',
  protocolVersion: '1.0',
  streaming: true,
  inputSchema: { type: 'object', properties: { message: { type: 'string' } } },
}

describe('export and import of A2A agents, roles, role assignments and team members', () => {
  let source: TestRegistry
  let target: TestRegistry
  let document: ExportDocument
  const password = 'a-long-password'
  const serverNamed = async (t: TestRegistry, name: string) => {
    const found = (await t.registry.servers.list({}, ADMIN)).items.find((s) => s.name === name)
    if (!found) throw new Error(`no server ${name}`)
    return found
  }

  beforeAll(async () => {
    source = await openTestRegistry(sqliteTestStore)
    target = await openTestRegistry(postgresTestStore, TARGET_SECRET)
    for (const t of [source, target]) await t.registry.roles.syncBuiltIns([DEVELOPER])
    const s = source.registry
    await s.users.create({ email: 'ann@example.com', password })
    await s.users.create({ email: 'bob@example.com', password })
    const ops = await s.teams.create({ name: 'Ops' }, { email: 'ann@example.com' })
    await s.teams.addMember(ops.id, { email: 'bob@example.com', role: 'member' })
    await s.roles.create({ name: 'auditor', permissions: ['tools.read'], scope: 'team' })
    await s.roles.create({
      name: 'reader',
      description: 'reads',
      permissions: ['*.read'],
      scope: 'global',
    })
    await s.roles.assign('ann@example.com', { role: 'auditor', teamId: ops.id }, ACTOR)
    await s.roles.assign('bob@example.com', { role: 'reader' }, ACTOR)
    const agent = await s.a2a.create(
      {
        url: 'http://127.0.0.1:9',
        auth: { type: 'bearer', token: 'agent-secret-token' },
        team: ops.id,
        visibility: 'team',
      },
      ACTOR,
      card,
    )
    await s.tools.update(agent.toolId ?? '', { name: 'forecast' })
    await s.servers.create(
      { name: 'desk', associatedA2aAgents: [agent.id], associatedTools: [agent.toolId ?? ''] },
      ACTOR,
    )
    document = await exportRegistry(s.context, { exportedBy: ACTOR.email })
    // Only ann (and the importing admin) exist on the target; bob does not.
    await target.registry.users.create({ email: 'ann@example.com', password })
    await target.registry.users.create({ email: ACTOR.email, password, isAdmin: true })
  })
  afterAll(async () => {
    await source.dispose()
    await target.dispose()
  })

  it('exports agents with their card and sealed auth, custom roles only, assignments and members', () => {
    const { entities } = document
    const ops = entities.teams[0]?.id
    expect(entities.a2aAgents).toEqual([
      expect.objectContaining({
        name: 'Weather Agent',
        url: 'http://127.0.0.1:9',
        endpointUrl: 'http://127.0.0.1:9/rpc',
        card: card.card,
        toolName: 'forecast',
        team: ops,
      }),
    ])
    expect(entities.a2aAgents[0]?.authSealed).toMatch(/\S/)
    expect(JSON.stringify(document)).not.toContain('agent-secret-token')
    expect(entities.roles.map((r) => r.name)).toEqual(['auditor', 'reader'])
    expect(entities.roleAssignments).toEqual([
      { email: 'ann@example.com', role: 'auditor', team: ops },
      { email: 'ann@example.com', role: 'developer', team: null },
      { email: 'bob@example.com', role: 'developer', team: null },
      { email: 'bob@example.com', role: 'reader', team: null },
    ])
    expect(entities.teamMembers).toEqual([
      { team: ops, email: 'ann@example.com', role: 'owner' },
      { team: ops, email: 'bob@example.com', role: 'member' },
    ])
    // a server names its agents by name, not by the source's ids; the agent's tool is not a tool of its own
    expect(entities.servers[0]?.a2aAgents).toEqual(['Weather Agent'])
    expect(entities.servers[0]?.tools).toEqual([{ ref: 'forecast', name: null, description: null }])
    expect(entities.tools).toEqual([])
  })

  it('imports them into a fresh store, skipping with a warning what names a user not there', async () => {
    const report = await importInto(target, document)
    expect(report.created).toMatchObject({
      teams: 1,
      teamMembers: 1,
      roles: 2,
      roleAssignments: 1,
      a2aAgents: 1,
      servers: 1,
    })
    // bob's three entries, and developer, which ann holds on the target already (every new user does)
    expect(report.skipped).toMatchObject({ teamMembers: 1, roleAssignments: 3 })
    expect(report.warnings).toEqual([
      {
        at: 'entities.teamMembers.1.email',
        message: "no user 'bob@example.com' on this gateway; create the user, then import again",
      },
      {
        at: 'entities.roleAssignments.2.email',
        message: "no user 'bob@example.com' on this gateway; create the user, then import again",
      },
      {
        at: 'entities.roleAssignments.3.email',
        message: "no user 'bob@example.com' on this gateway; create the user, then import again",
      },
    ])
    const t = target.registry
    const [team] = await t.teams.list()
    expect(team?.slug).toBe('ops')
    // the importer owns the team it made, beside the owner the document names
    expect((await t.teams.members(team?.id ?? '')).map((m) => [m.email, m.role])).toEqual([
      [ACTOR.email, 'owner'],
      ['ann@example.com', 'owner'],
    ])
    expect((await t.roles.get('reader')).permissions).toEqual(['*.read'])
    expect((await t.roles.assignments('ann@example.com')).map((a) => [a.role, a.teamId])).toEqual([
      ['auditor', team?.id],
      ['developer', null],
    ])
    const access = await t.roles.accessOf('ann@example.com')
    expect(access.roles).toContainEqual({
      role: 'auditor',
      permissions: ['tools.read'],
      teamId: team?.id,
    })

    const agent = await t.a2a.get('Weather Agent')
    expect(agent).toMatchObject({
      endpointUrl: 'http://127.0.0.1:9/rpc',
      card: card.card,
      streaming: true,
      auth: { type: 'bearer', token: '*****' },
      toolName: 'forecast',
      team: team?.id,
    })
    const row = await t.a2a.getRow(agent.id)
    const opened = createSecretSealer({ secret: TARGET_SECRET }).open(row.auth_sealed ?? '')
    expect(JSON.parse(opened)).toEqual({ type: 'bearer', token: 'agent-secret-token' })
    const server = await serverNamed(target, 'desk')
    expect(server.associatedA2aAgents).toEqual(['Weather Agent'])
    expect((await t.servers.tools(server.id)).map((tool) => tool.id)).toEqual([agent.toolId])
    await t.catalog.settled()
    expect(t.catalog.current().toolsByName.has('forecast')).toBe(true)
  })

  it('applies the conflict strategies to the new kinds', async () => {
    const fail = await rejection(importInto(target, document))
    expect(fail.code).toBe('CONFLICT')
    expect(fail.message).toContain('roles: auditor')
    expect(fail.message).toContain('a2aAgents: Weather Agent')

    const skip = await importInto(target, document, { conflict: 'skip' })
    expect(skip.skipped).toMatchObject({
      teamMembers: 2,
      roles: 2,
      roleAssignments: 4,
      a2aAgents: 1,
    })
    expect(skip.created).toMatchObject({ teamMembers: 0, roleAssignments: 0, a2aAgents: 0 })

    const changed = structuredClone(document)
    changed.entities.roles[1]!.permissions = ['*.read', 'tools.execute']
    changed.entities.teamMembers.push({
      team: changed.entities.teams[0]!.id,
      email: ACTOR.email,
      role: 'member',
    })
    const update = await importInto(target, changed, { conflict: 'update' })
    // auditor says what it said, so nothing is written to it
    expect(update.updated).toMatchObject({ roles: 1, a2aAgents: 1, teamMembers: 1 })
    expect(update.skipped).toMatchObject({ roles: 1 })
    expect((await target.registry.roles.get('reader')).permissions).toEqual([
      '*.read',
      'tools.execute',
    ])
    const [team] = await target.registry.teams.list()
    expect(
      (await target.registry.teams.members(team?.id ?? '')).map((m) => [m.email, m.role]),
    ).toEqual([
      [ACTOR.email, 'member'],
      ['ann@example.com', 'owner'],
    ])

    const rename = await importInto(target, document, { conflict: 'rename' })
    expect(rename.renamed).toContainEqual({
      kind: 'a2aAgents',
      from: 'Weather Agent',
      to: 'Weather Agent-2',
    })
    const desk2 = await serverNamed(target, 'desk-2')
    expect(desk2.associatedA2aAgents).toEqual(['Weather Agent-2'])
    const renamed = await target.registry.a2a.get('Weather Agent-2')
    expect((await target.registry.servers.tools(desk2.id)).map((tool) => tool.id)).toEqual([
      renamed.toolId,
    ])
  })

  it('still imports a document written before these sections existed', async () => {
    const fresh = await openTestRegistry(sqliteTestStore)
    try {
      const older = {
        format: 'switchyard-export/1',
        exportedAt: '2026-01-01T00:00:00.000Z',
        exportedBy: null,
        entities: {
          teams: [{ id: 'old-team', name: 'Old', slug: 'old', description: null }],
          gateways: [],
          grpcServices: [],
          tools: [
            {
              name: 'clock',
              originalName: 'clock',
              integrationType: 'REST',
              url: 'http://127.0.0.1:9/clock',
              team: 'old-team',
              visibility: 'team',
            },
          ],
          resources: [],
          prompts: [],
          servers: [{ name: 'old', tools: [{ ref: 'clock' }] }],
          roots: [],
        },
      }
      const report = await importInto(fresh, older)
      expect(report.created).toMatchObject({
        teams: 1,
        tools: 1,
        servers: 1,
        teamMembers: 0,
        roles: 0,
        roleAssignments: 0,
        a2aAgents: 0,
      })
      expect(report.warnings).toEqual([])
      const [tool] = (await fresh.registry.tools.list({}, ADMIN)).items
      expect(tool).toMatchObject({ name: 'clock', visibility: 'team' })
    } finally {
      await fresh.dispose()
    }
  })

  it('imports a repeated membership or assignment once, and refuses a membership repeated with another role', async () => {
    const fresh = await openTestRegistry(postgresTestStore)
    const f = fresh.registry
    try {
      await f.roles.syncBuiltIns([DEVELOPER])
      await f.users.create({ email: 'ann@example.com', password })
      const ops = document.entities.teams[0]!.id
      const repeated = structuredClone(document)
      repeated.entities.teamMembers.push({ team: ops, email: 'Ann@example.com', role: 'owner' })
      repeated.entities.roleAssignments.push({
        email: 'ann@example.com',
        role: 'auditor',
        team: ops,
      })
      const report = await importInto(fresh, repeated)
      expect(report.created).toMatchObject({ teamMembers: 1, roleAssignments: 1 })
      expect(report.warnings).toContainEqual({
        at: 'entities.teamMembers.2',
        message: 'repeats entities.teamMembers.0; imported once',
      })
      expect(report.warnings).toContainEqual({
        at: 'entities.roleAssignments.4',
        message: 'repeats entities.roleAssignments.0; imported once',
      })
      const [team] = await f.teams.list()
      expect((await f.teams.members(team?.id ?? '')).map((m) => [m.email, m.role])).toEqual([
        ['ann@example.com', 'owner'],
      ])
      expect((await f.roles.assignments('ann@example.com')).map((a) => a.role)).toEqual([
        'auditor',
        'developer',
      ])

      // under a new slug, so that its team shows the refused import wrote nothing
      const clashing = structuredClone(document)
      clashing.entities.teams[0]!.slug = 'ops-again'
      clashing.entities.teamMembers.push({ team: ops, email: 'ann@example.com', role: 'member' })
      const refused = await rejection(importInto(fresh, clashing, { conflict: 'skip' }))
      expect(refused).toMatchObject({
        code: 'VALIDATION_FAILED',
        issues: [
          {
            path: 'entities.teamMembers.2.role',
            message: `gives ann@example.com in team '${ops}' the role 'member', but entities.teamMembers.0 gives 'owner': keep one of them`,
          },
        ],
      })
      expect((await f.teams.list()).map((t) => t.slug)).toEqual(['ops'])
    } finally {
      await fresh.dispose()
    }
  })

  it('refuses bad entries with a 422 naming them, writing nothing', async () => {
    const fresh = await openTestRegistry(sqliteTestStore)
    const f = fresh.registry
    try {
      await f.roles.syncBuiltIns([DEVELOPER])
      await f.users.create({ email: 'ann@example.com', password })
      const nothingWritten = async () => {
        expect(await f.teams.list()).toEqual([])
        expect((await f.roles.list()).map((r) => r.name)).toEqual(['developer'])
        expect((await f.a2a.list({}, ADMIN)).items).toEqual([])
        expect((await f.roots.list()).length).toBe(0)
      }
      const broken = (edit: (doc: ExportDocument) => void) => {
        const doc = structuredClone(document)
        doc.entities.roots = [{ uri: 'file:///work', name: null }]
        edit(doc)
        return doc
      }

      const ghost = await rejection(
        importInto(
          fresh,
          broken((doc) => {
            doc.entities.roleAssignments[0]!.role = 'ghost'
          }),
        ),
      )
      expect(ghost.code).toBe('VALIDATION_FAILED')
      expect(ghost.message).toBe(
        "invalid input: entities.roleAssignments.0.role: names role 'ghost', which is neither imported nor present",
      )
      await nothingWritten()

      const badRole = await rejection(
        importInto(
          fresh,
          broken((doc) => {
            doc.entities.teamMembers[0]!.role = 'boss'
          }),
        ),
      )
      expect(badRole.message).toMatch(/^invalid input: entities\.teamMembers\.0\.role: /)
      await nothingWritten()

      const badName = await rejection(
        importInto(
          fresh,
          broken((doc) => {
            doc.entities.roles[0]!.name = 'Bad-Name'
          }),
        ),
      )
      expect(badName.message).toMatch(/^invalid input: entities\.roles\.0\.name: /)
      await nothingWritten()

      const wrongScope = await rejection(
        importInto(
          fresh,
          broken((doc) => {
            doc.entities.roleAssignments[0]!.team = null
          }),
        ),
      )
      expect(wrongScope.message).toBe(
        "invalid input: entities.roleAssignments.0.teamId: is required: role 'auditor' is held within a team",
      )
      await nothingWritten()

      const noTeam = await rejection(
        importInto(
          fresh,
          broken((doc) => {
            doc.entities.teamMembers[0]!.team = 'gone'
          }),
        ),
      )
      expect(noTeam.message).toBe(
        "invalid input: entities.teamMembers.0.team: names team 'gone', which is neither imported nor present",
      )
      await nothingWritten()

      const noEndpoint = structuredClone(document) as unknown as {
        entities: { a2aAgents: Record<string, unknown>[] }
      }
      delete noEndpoint.entities.a2aAgents[0]!.endpointUrl
      const malformed = await rejection(importInto(fresh, noEndpoint))
      expect(malformed.message).toContain('entities.a2aAgents.0.endpointUrl')
      await nothingWritten()
    } finally {
      await fresh.dispose()
    }
  })
})
