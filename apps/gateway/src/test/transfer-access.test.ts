import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openA2aFixture, type A2aFixture, type Json } from './a2a-fixture.js'
import { openTestGateway, type TestGateway } from './test-gateway.js'

type Answer = { status: number; body: Json & Json[] }

describe('export and import between gateways: A2A agents, roles, assignments and team members', () => {
  let fixture: A2aFixture
  let target: TestGateway
  let document: Json
  let importer: string
  const as = async (
    gw: TestGateway,
    token: string,
    method: string,
    path: string,
    body?: unknown,
  ) => {
    const res = await gw.call(method, path, { token, ...(body !== undefined && { body }) })
    const text = await res.text()
    return { status: res.status, body: (text ? JSON.parse(text) : null) as Json & Json[] }
  }
  const expectStatus = (answer: Answer, status: number) => {
    expect(answer.status, JSON.stringify(answer.body)).toBe(status)
    return answer.body
  }
  const onTarget = (method: string, path: string, body?: unknown) =>
    as(target, target.adminToken, method, path, body)
  const user = { password: 'a-long-password', full_name: 'Test User' }

  beforeAll(async () => {
    fixture = await openA2aFixture()
    const { api } = fixture
    expectStatus(await api('POST', '/users', { email: 'ann@example.com', ...user }), 201)
    const ops = expectStatus(await api('POST', '/teams', { name: 'Ops' }), 201)
    const members = `/teams/${ops.id as string}/members`
    expectStatus(await api('POST', members, { email: 'ann@example.com' }), 201)
    const auditor = { name: 'auditor', permissions: ['tools.read'], scope: 'team' }
    expectStatus(await api('POST', '/rbac/roles', auditor), 201)
    const assignment = { role: 'auditor', teamId: ops.id }
    expectStatus(await api('POST', '/rbac/users/ann@example.com/roles', assignment), 201)
    document = expectStatus(await api('GET', '/export'), 200)

    target = await openTestGateway({
      AUTH_ENCRYPTION_SECRET: 'another-sealing-secret-for-the-import-0123456789',
    })
    expectStatus(await onTarget('POST', '/users', { email: 'ann@example.com', ...user }), 201)
    // an importer who may import, but not hand out roles or team places
    expectStatus(await onTarget('POST', '/users', { email: 'imp@example.com', ...user }), 201)
    const role = { name: 'importer', permissions: ['admin.import'], scope: 'global' }
    expectStatus(await onTarget('POST', '/rbac/roles', role), 201)
    const given = { role: 'importer' }
    expectStatus(await onTarget('POST', '/rbac/users/imp@example.com/roles', given), 201)
    importer = await target.login('imp@example.com', user.password)
  })
  afterAll(async () => {
    await target?.dispose()
    await fixture?.dispose()
  })

  const sourceSecret = () => fixture.gw.config.authEncryptionSecret
  const nothingImported = async () => {
    expect(expectStatus(await onTarget('GET', '/a2a'), 200)).toEqual([])
    const roles = expectStatus(await onTarget('GET', '/rbac/roles'), 200)
    expect(roles.map((r) => r.name)).not.toContain('auditor')
    expect(expectStatus(await onTarget('GET', '/teams'), 200).map((t) => t.slug)).not.toContain(
      'ops',
    )
  }

  it('refuses a role assignment naming an unknown role with a 422, writing nothing', async () => {
    const broken = structuredClone(document) as { entities: { roleAssignments: Json[] } }
    const index = broken.entities.roleAssignments.findIndex((a) => a.role === 'auditor')
    broken.entities.roleAssignments[index]!.role = 'ghost'
    const refused = expectStatus(
      await onTarget('POST', '/import', { document: broken, sourceSecret: sourceSecret() }),
      422,
    )
    expect(refused).toMatchObject({ code: 'VALIDATION_FAILED' })
    expect(refused.detail).toBe(
      `invalid input: entities.roleAssignments.${index}.role: names role 'ghost', which is neither imported nor present`,
    )
    await nothingImported()
  })

  it('refuses a membership repeated with another role with a 422 naming the entry, writing nothing', async () => {
    const broken = structuredClone(document) as { entities: { teamMembers: Json[] } }
    const { teamMembers } = broken.entities
    const index = teamMembers.findIndex((m) => m.email === 'ann@example.com')
    teamMembers.push({ ...teamMembers[index], role: 'owner' })
    const refused = expectStatus(
      await onTarget('POST', '/import', { document: broken, sourceSecret: sourceSecret() }),
      422,
    )
    expect(refused.errors).toEqual([
      {
        path: `entities.teamMembers.${teamMembers.length - 1}.role`,
        message: `gives ann@example.com in team '${String(teamMembers[index]?.team)}' the role 'owner', but entities.teamMembers.${index} gives 'member': keep one of them`,
      },
    ])
    await nothingImported()
  })

  it('refuses an importer without admin.rbac the memberships and roles, writing nothing', async () => {
    const refused = expectStatus(
      await as(target, importer, 'POST', '/import', { document, sourceSecret: sourceSecret() }),
      403,
    )
    expect(refused.detail).toMatch(/lacks admin\.rbac$/)
    await nothingImported()
  })

  it('imports the agents (callable through the imported server), the role, its holder and the team', async () => {
    const report = expectStatus(
      await onTarget('POST', '/import', { document, sourceSecret: sourceSecret() }),
      200,
    )
    expect(report.created).toMatchObject({
      a2aAgents: 3,
      roles: 1,
      roleAssignments: 1,
      teamMembers: 1,
      servers: 1,
    })
    expect(report.warnings).toEqual([])

    const [team] = expectStatus(await onTarget('GET', '/teams'), 200).filter(
      (t) => t.slug === 'ops',
    )
    const members = expectStatus(await onTarget('GET', `/teams/${team?.id as string}/members`), 200)
    expect(members.map((m) => [m.email, m.role])).toEqual([
      ['admin@example.com', 'owner'],
      ['ann@example.com', 'member'],
    ])
    const held = expectStatus(await onTarget('GET', '/rbac/users/ann@example.com/roles'), 200)
    expect(held.map((a) => [a.role, a.teamId])).toContainEqual(['auditor', team?.id])

    const agents = expectStatus(await onTarget('GET', '/a2a'), 200)
    expect(agents.map((a) => [a.name, a.auth])).toEqual([
      ['answering agent', { type: 'bearer', token: '*****' }],
      ['asking agent', { type: 'headers', headers: { authorization: '*****' } }],
      ['streaming agent', { type: 'basic', username: 'u', password: '*****' }],
    ])
    const servers = expectStatus(await onTarget('GET', '/servers'), 200)
    const server = servers.find((s) => s.name === 'agents')
    expect(server?.associatedA2aAgents).toEqual(['asking agent'])

    const client = new Client({ name: 'transfer-test', version: '1.0.0' })
    const url = `http://gateway.test/servers/${server?.id as string}/mcp`
    await client.connect(
      new StreamableHTTPClientTransport(new URL(url), {
        requestInit: { headers: { authorization: `Bearer ${target.adminToken}` } },
        fetch: (u, init) => Promise.resolve(target.app.request(String(u), init)),
      }),
    )
    try {
      const { tools } = await client.listTools()
      expect(tools.map((t) => t.name)).toEqual([
        'answering-agent',
        'streaming-agent',
        'asking-agent',
      ])
      const result = (await client.callTool({
        name: 'answering-agent',
        arguments: { message: 'from the import' },
      })) as { content: Json[] }
      expect(result.content[0]).toEqual({ type: 'text', text: 'echo: from the import' })
      // the credentials were opened with the source's secret and sealed again with the target's
      expect(fixture.answering.seenAuth.at(-1)).toBe('Bearer agent-token')
    } finally {
      await client.close()
    }
  })
})
