import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestGateway, type TestGateway } from './test-gateway.js'

type Json = Record<string, unknown>
type Visibility = 'private' | 'team' | 'public'
type Who = 'admin' | 'owner' | 'member' | 'other' | 'viewer' | 'reader' | 'serverToken'

const VISIBILITIES: readonly Visibility[] = ['private', 'team', 'public']
const PRINCIPALS: readonly Who[] = [
  'admin',
  'owner',
  'member',
  'other',
  'viewer',
  'reader',
  'serverToken',
]

// Every tool belongs to member@ and team red. owner@ owns team red, viewer@ is in red with the
// global role viewer, other@ is in team blue only. reader is member@'s token limited to
// tools.read; serverToken is member@'s token limited to the virtual server `srv`.
const SEES: Record<Who, readonly Visibility[]> = {
  admin: VISIBILITIES,
  owner: ['team', 'public'],
  member: VISIBILITIES,
  other: ['public'],
  viewer: ['team', 'public'],
  reader: VISIBILITIES,
  serverToken: VISIBILITIES,
}
/** Write and delete: owner of the tool, manager of its team, or platform admin, with tools.write. */
const WRITES: Record<Who, readonly Visibility[]> = {
  admin: VISIBILITIES,
  owner: ['team', 'public'],
  member: VISIBILITIES,
  other: [],
  viewer: [],
  reader: [],
  serverToken: VISIBILITIES,
}
/** Who may not even try to write (role or token scope): 403 whatever the tool. */
const WRITE_REFUSED: readonly Who[] = ['viewer', 'reader']
/** Who lacks tools.execute: lists what it sees over MCP, but each call is refused (-32003). */
const NO_EXECUTE: readonly Who[] = ['viewer', 'reader']
/** FORBIDDEN's JSON-RPC code (packages/core/src/errors.ts). */
const FORBIDDEN_RPC = -32003

/** The JSON-RPC error an MCP request was answered with. */
async function refusal(call: Promise<unknown>): Promise<{ code: number; message: string }> {
  const error = await call.then(
    () => expect.fail('expected a JSON-RPC error'),
    (e: unknown) => e as { code: number; message: string },
  )
  return error
}

/** The expected status of a read, write or delete of a tool with this visibility. */
function expectedStatus(who: Who, action: 'read' | 'write', visibility: Visibility): number {
  if (action === 'write' && WRITE_REFUSED.includes(who)) return 403
  if (!SEES[who].includes(visibility)) return 404
  if (action === 'read') return 200
  return WRITES[who].includes(visibility) ? 200 : 403
}

describe('RBAC matrix: principals x actions x visibilities x token scopes', () => {
  let gw: TestGateway
  let upstream: Server
  let upstreamUrl: string
  let redTeam: string
  let blueTeam: string
  let serverId: string
  const tokens = {} as Record<Who, string>
  const toolIds = {} as Record<Visibility, string>

  const json = async (res: Response, status: number): Promise<Json> => {
    const text = await res.text()
    expect(res.status, text).toBe(status)
    return JSON.parse(text) as Json
  }
  const as = (who: Who, method: string, path: string, body?: unknown) =>
    gw.call(method, path, { token: tokens[who], ...(body !== undefined && { body }) })
  const createUser = async (email: string) =>
    json(
      await gw.call('POST', '/users', {
        token: gw.adminToken,
        body: { email, password: `${email}-password` },
      }),
      201,
    )
  const login = (email: string) => gw.login(email, `${email}-password`)
  const createTool = async (name: string, visibility: Visibility) =>
    (
      await json(
        await as('member', 'POST', '/tools', {
          name,
          url: `${upstreamUrl}/echo`,
          requestType: 'GET',
          team: redTeam,
          visibility,
        }),
        201,
      )
    ).id as string
  const connect = async (who: Who, path: string) => {
    const client = new Client({ name: 'rbac-matrix', version: '1.0.0' })
    await client.connect(
      new StreamableHTTPClientTransport(new URL(`http://gateway.test${path}`), {
        requestInit: { headers: { authorization: `Bearer ${tokens[who]}` } },
        fetch: (url, init) => Promise.resolve(gw.app.request(String(url), init)),
      }),
    )
    return client
  }

  beforeAll(async () => {
    upstream = createServer((_, res) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ ok: true }))
    })
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve))
    upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`
    gw = await openTestGateway()
    tokens.admin = gw.adminToken
    for (const name of ['owner', 'member', 'other', 'viewer']) {
      await createUser(`${name}@x.com`)
      tokens[name as Who] = await login(`${name}@x.com`)
    }
    redTeam = (await json(await as('owner', 'POST', '/teams', { name: 'Red' }), 201)).id as string
    blueTeam = (await json(await as('other', 'POST', '/teams', { name: 'Blue' }), 201)).id as string
    for (const email of ['member@x.com', 'viewer@x.com'])
      await json(await as('owner', 'POST', `/teams/${redTeam}/members`, { email }), 201)
    const viewerRoles = `/rbac/users/viewer@x.com/roles`
    await json(await as('admin', 'POST', viewerRoles, { role: 'viewer' }), 201)
    await json(await as('admin', 'DELETE', `${viewerRoles}/developer`), 200)

    for (const visibility of VISIBILITIES)
      toolIds[visibility] = await createTool(`m-${visibility}`, visibility)
    serverId = (
      await json(
        await as('member', 'POST', '/servers', {
          name: 'srv',
          associatedTools: Object.values(toolIds),
          visibility: 'public',
        }),
        201,
      )
    ).id as string
    const token = async (scope: Json) =>
      (
        await json(
          await as('member', 'POST', '/tokens', { name: JSON.stringify(scope), scope }),
          201,
        )
      ).accessToken as string
    tokens.reader = await token({ permissions: ['tools.read'] })
    tokens.serverToken = await token({ serverIds: [serverId] })
  }, 60_000)

  afterAll(async () => {
    await gw?.dispose()
    await new Promise((resolve) => upstream?.close(resolve))
  })

  describe.each(PRINCIPALS)('%s', (who) => {
    it.each(VISIBILITIES)('reads a %s tool, or gets 404', async (visibility) => {
      const res = await as(who, 'GET', `/tools/${toolIds[visibility]}`)
      const status = expectedStatus(who, 'read', visibility)
      const body = await json(res, status)
      if (status === 404) expect(body).toMatchObject({ code: 'NOT_FOUND' })
      else expect(body.name).toBe(`m-${visibility}`)
    })

    it.each(VISIBILITIES)('updates a %s tool, or gets 404 / 403 with the reason', async (v) => {
      const res = await as(who, 'PUT', `/tools/${toolIds[v]}`, { description: `by ${who}` })
      const status = expectedStatus(who, 'write', v)
      const body = await json(res, status)
      if (status === 403) expect(body.detail).toMatch(/lacks tools.write|does not own tool/)
      if (status === 200) expect(body.description).toBe(`by ${who}`)
    })

    it.each(VISIBILITIES)('deletes a %s tool, or gets 404 / 403', async (visibility) => {
      const id = await createTool(`d-${who}-${visibility}`, visibility)
      const status = expectedStatus(who, 'write', visibility)
      await json(await as(who, 'DELETE', `/tools/${id}`), status)
      const after = await as('admin', 'GET', `/tools/${id}`)
      expect(after.status).toBe(status === 200 ? 404 : 200)
      if (status !== 200) await json(await as('admin', 'DELETE', `/tools/${id}`), 200)
    })

    it('lists exactly the tools it may see', async () => {
      const res = await as(who, 'GET', '/tools')
      if (who === 'serverToken' || SEES[who].length > 0) {
        const names = ((await json(res, 200)) as unknown as Json[]).map((t) => t.name)
        const expected = SEES[who].map((v) => `m-${v}`)
        expect(names.filter((n) => String(n).startsWith('m-')).sort()).toEqual(expected.sort())
      }
    })

    it("lists exactly the virtual server's tools it may see", async () => {
      const res = await as(who, 'GET', `/servers/${serverId}/tools`)
      if (who === 'reader') {
        await json(res, 403) // its token lacks servers.read
        return
      }
      const names = ((await json(res, 200)) as unknown as Json[]).map((t) => t.name).sort()
      expect(names).toEqual(SEES[who].map((v) => `m-${v}`).sort())
    })

    it('calls tools over MCP (tools/call) exactly where it may see and execute', async () => {
      const client = await connect(who, `/servers/${serverId}/mcp`)
      try {
        const listed = (await client.listTools()).tools.map((t) => t.name).sort()
        expect(listed).toEqual(SEES[who].map((v) => `m-${v}`).sort())
        for (const visibility of VISIBILITIES) {
          const call = client.callTool({ name: `m-${visibility}`, arguments: {} })
          if (SEES[who].includes(visibility) && NO_EXECUTE.includes(who)) {
            const error = await refusal(call)
            expect(error.code).toBe(FORBIDDEN_RPC)
            expect(error.message).toMatch(`tool 'm-${visibility}': `)
            expect(error.message).toMatch(/which lacks tools.execute$/)
          } else if (SEES[who].includes(visibility)) {
            const result = (await call) as { isError?: boolean; content: { text?: string }[] }
            expect(result.isError ?? false).toBe(false)
            expect(result.content[0]?.text).toContain('"ok":true')
          } else await expect(call).rejects.toThrow(`unknown tool 'm-${visibility}'`)
        }
      } finally {
        await client.close()
      }
    })

    it('takes admin actions only as a platform admin', async () => {
      const res = await as(who, 'GET', '/users')
      if (who === 'admin') await json(res, 200)
      else expect((await json(res, 403)).detail).toContain('admin.users')
    })
  })

  it('keeps a server-scoped token to its server, and the whole catalog out of reach', async () => {
    for (const path of ['/mcp', `/servers/other-server/mcp`]) {
      const res = await as('serverToken', 'POST', path, { jsonrpc: '2.0', id: 1, method: 'ping' })
      expect((await json(res, 403)).detail).toContain(`is limited to the servers ${serverId}`)
    }
  })

  it('takes into a virtual server only the members its author may see', async () => {
    const bundle = { name: 'o-srv', associatedTools: [toolIds.public, toolIds.private] }
    const refused = await json(await as('other', 'POST', '/servers', bundle), 422)
    expect(refused.detail).toBe(
      `unknown members: associatedTools.1: no tool with id '${toolIds.private}'`,
    )
    const mine = await json(
      await as('other', 'POST', '/servers', { ...bundle, associatedTools: [toolIds.public] }),
      201,
    )
    await json(await as('other', 'PUT', `/servers/${String(mine.id)}`, bundle), 422)
    await json(await as('other', 'DELETE', `/servers/${String(mine.id)}`), 200)
  })

  it('refuses cross-team reads and writes', async () => {
    // other@ (team blue) cannot put a tool into team red, nor move red's tool into blue.
    const intoRed = await as('other', 'POST', '/tools', {
      name: 'o-red',
      url: `${upstreamUrl}/echo`,
      team: redTeam,
    })
    expect((await json(intoRed, 403)).detail).toBe(
      `user other@x.com is not a member of team ${redTeam}`,
    )
    const move = await as('member', 'PUT', `/tools/${toolIds.public}`, { team: blueTeam })
    expect((await json(move, 403)).detail).toBe(
      `user member@x.com is not a member of team ${blueTeam}`,
    )
    // A blue tool shared with its team stays out of red's sight, on REST and in lists.
    const blueTool = (
      await json(
        await as('other', 'POST', '/tools', {
          name: 'o-blue',
          url: `${upstreamUrl}/echo`,
          team: blueTeam,
          visibility: 'team',
        }),
        201,
      )
    ).id as string
    await json(await as('owner', 'GET', `/tools/${blueTool}`), 404)
    await json(await as('owner', 'PUT', `/tools/${blueTool}`, { description: 'x' }), 404)
    await json(await as('owner', 'GET', `/teams/${blueTeam}`), 404)
    await json(
      await as('owner', 'POST', `/teams/${blueTeam}/members`, { email: 'owner@x.com' }),
      404,
    )
    const listed = (await json(await as('owner', 'GET', '/tools'), 200)) as unknown as Json[]
    expect(listed.map((t) => t.name)).not.toContain('o-blue')
    await json(await as('other', 'DELETE', `/tools/${blueTool}`), 200)
  })

  it("shares a tool with ContextForge's team_id, and refuses visibility 'team' without a team", async () => {
    const body = { name: 'm-team-id', url: `${upstreamUrl}/echo`, visibility: 'team' }
    const shared = await json(
      await as('member', 'POST', '/tools', { ...body, team_id: redTeam }),
      201,
    )
    expect(shared).toMatchObject({ team: redTeam, visibility: 'team' })
    await json(await as('owner', 'GET', `/tools/${String(shared.id)}`), 200)
    await json(await as('other', 'GET', `/tools/${String(shared.id)}`), 404)

    const teamless = await json(await as('member', 'POST', '/tools', { ...body, name: 'm-x' }), 422)
    expect(teamless.errors).toEqual([
      { path: 'team', message: "is required when visibility is 'team'" },
    ])
    const unshare = await as('member', 'PUT', `/tools/${String(shared.id)}`, { team: null })
    expect((await json(unshare, 422)).detail).toBe("team is required when visibility is 'team'")
    const priv = { team: null, visibility: 'private' }
    await json(await as('member', 'PUT', `/tools/${String(shared.id)}`, priv), 200)
    await json(await as('member', 'DELETE', `/tools/${String(shared.id)}`), 200)
  })

  describe('team-scoped roles decide each MCP call on its entity', () => {
    // runner@ holds only tools.read globally and the team role crew in red; vdev@ is a global
    // viewer with crew in red. Red's entities are shared with red; blue's are public.
    type TeamWho = 'runner' | 'vdev' | 'blind'
    const teamTokens = {} as Record<TeamWho, string>
    const area = { tool: 'tools.execute', resource: 'resources.read', prompt: 'prompts.execute' }
    type Kind = keyof typeof area
    const names = (team: 'red' | 'blue') => ({
      tool: `t-${team}`,
      resource: `memo://${team}`,
      prompt: `p_${team}`,
    })
    const teamConnect = async (who: TeamWho) => {
      const client = new Client({ name: 'rbac-matrix-teams', version: '1.0.0' })
      await client.connect(
        new StreamableHTTPClientTransport(new URL('http://gateway.test/mcp'), {
          requestInit: { headers: { authorization: `Bearer ${teamTokens[who]}` } },
          fetch: (url, init) => Promise.resolve(gw.app.request(String(url), init)),
        }),
      )
      return client
    }
    const use = (client: Client, kind: Kind, name: string) =>
      kind === 'tool'
        ? client.callTool({ name, arguments: {} })
        : kind === 'resource'
          ? client.readResource({ uri: name })
          : client.getPrompt({ name })

    beforeAll(async () => {
      const role = async (name: string, permissions: string[], scope: 'global' | 'team') =>
        json(await as('admin', 'POST', '/rbac/roles', { name, permissions, scope }), 201)
      await role('lister', ['tools.read', 'teams.read'], 'global')
      await role('crew', Object.values(area), 'team')
      for (const [who, global] of [
        ['runner', 'lister'],
        ['vdev', 'viewer'],
      ] as const) {
        const email = `${who}@x.com`
        await createUser(email)
        await json(await as('owner', 'POST', `/teams/${redTeam}/members`, { email }), 201)
        const roles = `/rbac/users/${email}/roles`
        await json(await as('admin', 'POST', roles, { role: global }), 201)
        await json(await as('admin', 'DELETE', `${roles}/developer`), 200)
        await json(await as('admin', 'POST', roles, { role: 'crew', teamId: redTeam }), 201)
        teamTokens[who] = await login(email)
      }
      const blind = { name: 'blind', scope: { permissions: ['teams.read'] } }
      teamTokens.blind = (await json(await as('member', 'POST', '/tokens', blind), 201))
        .accessToken as string
      for (const [team, by, teamId, visibility] of [
        ['red', 'member', redTeam, 'team'],
        ['blue', 'other', blueTeam, 'public'],
      ] as const) {
        const owned = { team: teamId, visibility }
        const n = names(team)
        const create = async (path: string, body: Json) =>
          json(await as(by, 'POST', path, { ...body, ...owned }), 201)
        await create('/tools', { name: n.tool, url: `${upstreamUrl}/echo`, requestType: 'GET' })
        await create('/resources', { uri: n.resource, name: `${team} memo`, content: team })
        await create('/prompts', { name: n.prompt, template: `hello ${team}` })
      }
      // Hidden from red: blue's entity shared only with blue.
      await json(
        await as('other', 'POST', '/tools', {
          name: 't-blue-only',
          url: `${upstreamUrl}/echo`,
          team: blueTeam,
          visibility: 'team',
        }),
        201,
      )
    })

    it.each(['runner', 'vdev'] as const)(
      '%s lists what it sees, executable or not',
      async (who) => {
        const client = await teamConnect(who)
        try {
          const tools = (await client.listTools()).tools.map((t) => t.name)
          expect(tools).toEqual(expect.arrayContaining(['t-red', 't-blue']))
          expect(tools).not.toContain('t-blue-only')
        } finally {
          await client.close()
        }
      },
    )

    // who, kind, team of the entity, the permission it lacks there (undefined: allowed)
    it.each([
      ['runner', 'tool', 'red', undefined],
      ['runner', 'tool', 'blue', 'tools.execute'],
      ['runner', 'resource', 'red', undefined],
      ['runner', 'resource', 'blue', 'resources.read'],
      ['runner', 'prompt', 'red', undefined],
      ['runner', 'prompt', 'blue', 'prompts.execute'],
      ['vdev', 'tool', 'red', undefined],
      ['vdev', 'tool', 'blue', 'tools.execute'],
      ['vdev', 'resource', 'red', undefined],
      ['vdev', 'resource', 'blue', undefined],
      ['vdev', 'prompt', 'red', undefined],
      ['vdev', 'prompt', 'blue', 'prompts.execute'],
    ] as const)(
      '%s uses a %s of team %s, or is told it lacks %s',
      async (who, kind, team, lacks) => {
        const client = await teamConnect(who)
        try {
          const name = names(team)[kind]
          const used = use(client, kind, name)
          if (lacks === undefined) {
            const text = JSON.stringify(await used)
            const content = {
              tool: '\\"ok\\":true',
              resource: `"text":"${team}"`,
              prompt: `hello ${team}`,
            }
            expect(text).toContain(content[kind])
          } else {
            const role = who === 'runner' ? 'lister' : 'viewer'
            const error = await refusal(used)
            expect(error).toMatchObject({ code: FORBIDDEN_RPC, data: { permission: lacks } })
            expect(error.message).toContain(
              `${kind} '${kind === 'resource' ? `${team} memo` : name}': user ${who}@x.com has role ${role}, which lacks ${lacks}`,
            )
          }
        } finally {
          await client.close()
        }
      },
    )

    it('decides resources/subscribe and completion/complete on their entity too', async () => {
      const client = await teamConnect('runner')
      const lacking = (permission: string) => ({ code: FORBIDDEN_RPC, data: { permission } })
      const completion = (name: string) =>
        client.complete({ ref: { type: 'ref/prompt', name }, argument: { name: 'x', value: '' } })
      try {
        expect(await client.subscribeResource({ uri: 'memo://red' })).toEqual({})
        expect(await refusal(client.subscribeResource({ uri: 'memo://blue' }))).toMatchObject(
          lacking('resources.read'),
        )
        expect((await completion('p_red')).completion.values).toEqual([])
        expect(await refusal(completion('p_blue'))).toMatchObject(lacking('prompts.execute'))
      } finally {
        await client.close()
      }
    })

    it('keeps what the caller may not see unknown, and the endpoint closed without MCP rights', async () => {
      const client = await teamConnect('runner')
      try {
        await expect(client.callTool({ name: 't-blue-only', arguments: {} })).rejects.toThrow(
          "unknown tool 't-blue-only'",
        )
      } finally {
        await client.close()
      }
      const res = await gw.call('POST', '/mcp', {
        token: teamTokens.blind,
        body: { jsonrpc: '2.0', id: 1, method: 'ping' },
      })
      expect((await json(res, 403)).detail).toMatch(
        /is limited to teams.read, which lacks tools.execute$/,
      )
    })
  })

  it('answers "why" through POST /rbac/permissions/check', async () => {
    const check = async (who: Who, body: Json, status = 200) =>
      json(await as(who, 'POST', '/rbac/permissions/check', body), status)
    const tool = (v: Visibility) => ({ kind: 'tool', id: toolIds[v] })
    expect(await check('viewer', { permission: 'tools.execute', entity: tool('team') })).toEqual({
      allowed: false,
      reasons: ['user viewer@x.com has role viewer, which lacks tools.execute'],
    })
    expect(await check('reader', { permission: 'tools.write' })).toMatchObject({
      allowed: false,
      reasons: [
        expect.stringContaining('has role developer, which grants tools.write'),
        expect.stringContaining('is limited to tools.read, which lacks tools.write'),
      ],
    })
    const owner = await check('owner', { permission: 'tools.write', entity: tool('team') })
    expect(owner).toMatchObject({ allowed: true })
    expect(owner.reasons).toContain(`user owner@x.com manages team ${redTeam}`)
    // One's own check does not reveal what one may not see (it reads as unknown, a 422 naming
    // entity.id); an admin's check of others does.
    await check('other', { permission: 'tools.read', entity: tool('private') }, 422)
    expect(
      await check('admin', {
        email: 'other@x.com',
        permission: 'tools.read',
        entity: tool('private'),
      }),
    ).toEqual({ allowed: false, reasons: ["tool 'm-private' is private to member@x.com"] })
    await check('other', { email: 'member@x.com', permission: 'tools.read' }, 403)
  })
})
