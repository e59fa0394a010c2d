import { request } from './client'
import { ApiError } from './errors'
import { byName, inNaturalOrder } from './natural-order'
import { session } from './session'
import type {
  A2aAgent,
  ApiToken,
  Gateway,
  GrpcMethod,
  GrpcRefreshReport,
  GrpcService,
  ImportReport,
  Me,
  MyPermissions,
  Page,
  Prompt,
  PromptDiff,
  PromptRevision,
  RenderedPrompt,
  Resource,
  ResourceContent,
  Role,
  RoleAssignment,
  Server,
  ServerMember,
  SyncReport,
  Team,
  TeamMember,
  Tool,
  ToolResult,
  User,
} from './types'

const PAGE_SIZE = 1000

/**
 * Every item of a cursor-paginated list, page by page, in natural order of their names (the
 * server pages them in text order: tool_10 before tool_2).
 */
async function listAll<T extends { name: string }>(
  path: string,
  query: Record<string, string | boolean> = {},
): Promise<T[]> {
  const items: T[] = []
  let cursor: string | undefined
  do {
    const page = await request<Page<T>>('GET', path, {
      query: { ...query, includePagination: true, limit: PAGE_SIZE, cursor },
    })
    items.push(...page.items)
    cursor = page.nextCursor ?? undefined
  } while (cursor)
  return byName(items)
}

let rpcId = 0

/** The body of a virtual server's create or update. */
export interface ServerBody {
  name: string
  description?: string | null
  nameStrategy?: Server['nameStrategy']
  associatedTools: (string | ServerMember)[]
  associatedResources: (string | ServerMember)[]
  associatedPrompts: (string | ServerMember)[]
}

/** The body of a REST tool's create or update. */
export interface RestToolBody {
  name: string
  description: string | null
  integrationType: 'REST'
  requestType: string
  url: string
  inputSchema: Record<string, unknown>
}

const member = (teamId: string, email: string): string =>
  `/teams/${encodeURIComponent(teamId)}/members/${encodeURIComponent(email)}`

/** The REST API as typed functions: every call the admin UI makes. */
export const api = {
  async login(email: string, password: string): Promise<void> {
    // The answer sets the session and CSRF cookies; the JWT in its body is not kept.
    await request('POST', '/auth/login', { body: { email, password }, anonymous: true })
  },
  /**
   * Signs out. Fails, the session kept, only when the gateway did not answer or failed (status 0 or
   * 5xx): the session cookie may still be good then.
   */
  async logout(): Promise<void> {
    await request('POST', '/auth/logout').catch((error: unknown) => {
      if (!(error instanceof ApiError) || error.status === 0 || error.status >= 500) throw error
    })
    session.clear()
  },
  me: () => request<Me>('GET', '/auth/me'),
  /**
   * Changes the signed-in user's password; the answer sets the new session's cookies (every
   * earlier session ends). A wrong current password is that field's error, not the session's end.
   */
  async changePassword(currentPassword: string, newPassword: string): Promise<void> {
    try {
      await request('POST', '/auth/password', {
        body: { currentPassword, newPassword },
        anonymous: true,
      })
    } catch (error) {
      if (!(error instanceof ApiError) || error.status !== 401) throw error
      const wrong = [{ path: 'currentPassword', message: error.message }]
      throw new ApiError(error.status, error.code, error.message, wrong)
    }
  },

  gateways: () => listAll<Gateway>('/gateways', { includeInactive: true }),
  createGateway: (body: Record<string, unknown>) => request<Gateway>('POST', '/gateways', { body }),
  refreshGateway: (id: string) =>
    request<SyncReport>('POST', `/gateways/${encodeURIComponent(id)}/tools/refresh`),

  tools: (gatewayId?: string) =>
    listAll<Tool>('/tools', { includeInactive: true, ...(gatewayId && { gatewayId }) }),
  /** Registers a tool of its own (a REST endpoint): `POST /tools`. */
  createTool: (body: RestToolBody) => request<Tool>('POST', '/tools', { body }),
  updateTool: (id: string, body: RestToolBody) =>
    request<Tool>('PUT', `/tools/${encodeURIComponent(id)}`, { body }),
  resources: () => listAll<Resource>('/resources', { includeInactive: true }),
  resourceContent: (id: string) =>
    request<ResourceContent>('GET', `/resources/${encodeURIComponent(id)}/content`),

  prompts: () => listAll<Prompt>('/prompts', { includeInactive: true }),
  createPrompt: (body: Record<string, unknown>) => request<Prompt>('POST', '/prompts', { body }),
  updatePrompt: (id: string, body: Record<string, unknown>) =>
    request<Prompt>('PUT', `/prompts/${encodeURIComponent(id)}`, { body }),
  renderPrompt: (id: string, args: Record<string, string>) =>
    request<RenderedPrompt>('POST', `/prompts/${encodeURIComponent(id)}`, { body: { args } }),
  promptRevisions: (id: string) =>
    request<PromptRevision[]>('GET', `/prompts/${encodeURIComponent(id)}/revisions`),
  promptDiff: (id: string, from: number, to: number) =>
    request<PromptDiff>('GET', `/prompts/${encodeURIComponent(id)}/diff`, { query: { from, to } }),
  rollbackPrompt: (id: string, version: number) =>
    request<Prompt>('POST', `/prompts/${encodeURIComponent(id)}/rollback`, { body: { version } }),

  servers: () => listAll<Server>('/servers', { includeInactive: true }),
  createServer: (body: ServerBody) => request<Server>('POST', '/servers', { body }),
  updateServer: (id: string, body: ServerBody) =>
    request<Server>('PUT', `/servers/${encodeURIComponent(id)}`, { body }),

  tokens: async () => byName(await request<ApiToken[]>('GET', '/tokens')),
  createToken: (body: { name: string; expiresInDays?: number }) =>
    request<ApiToken>('POST', '/tokens', { body }),
  revokeToken: (id: string) => request('DELETE', `/tokens/${encodeURIComponent(id)}`),

  users: async () => inNaturalOrder(await request<User[]>('GET', '/users'), (user) => user.email),
  createUser: (body: { email: string; password: string; fullName?: string; isAdmin: boolean }) =>
    request<User>('POST', '/users', { body }),
  updateUser: (
    email: string,
    body: { isActive?: boolean; isAdmin?: boolean; fullName?: string | null; password?: string },
  ) => request<User>('PUT', `/users/${encodeURIComponent(email)}`, { body }),
  removeUser: (email: string) => request('DELETE', `/users/${encodeURIComponent(email)}`),

  teams: async () => byName(await request<Team[]>('GET', '/teams')),
  createTeam: (body: { name: string; slug?: string; description?: string }) =>
    request<Team>('POST', '/teams', { body }),
  updateTeam: (id: string, body: { name: string; description: string | null }) =>
    request<Team>('PUT', `/teams/${encodeURIComponent(id)}`, { body }),
  teamMembers: async (id: string) =>
    inNaturalOrder(
      await request<TeamMember[]>('GET', `/teams/${encodeURIComponent(id)}/members`),
      (member) => member.email,
    ),
  addTeamMember: (id: string, body: { email: string; role: TeamMember['role'] }) =>
    request<TeamMember>('POST', `/teams/${encodeURIComponent(id)}/members`, { body }),
  setTeamMemberRole: (id: string, email: string, role: TeamMember['role']) =>
    request<TeamMember>('PUT', member(id, email), { body: { role } }),
  removeTeamMember: (id: string, email: string) => request('DELETE', member(id, email)),

  roles: async () => byName(await request<Role[]>('GET', '/rbac/roles')),
  createRole: (body: {
    name: string
    description?: string
    permissions: string[]
    scope: Role['scope']
  }) => request<Role>('POST', '/rbac/roles', { body }),
  /** Changes a custom role's description or permissions (its name and scope stay). */
  updateRole: (name: string, body: { description: string | null; permissions: string[] }) =>
    request<Role>('PUT', `/rbac/roles/${encodeURIComponent(name)}`, { body }),
  removeRole: (name: string) => request('DELETE', `/rbac/roles/${encodeURIComponent(name)}`),
  userRoles: (email: string) =>
    request<RoleAssignment[]>('GET', `/rbac/users/${encodeURIComponent(email)}/roles`),
  assignRole: (email: string, body: { role: string; teamId?: string }) =>
    request<RoleAssignment>('POST', `/rbac/users/${encodeURIComponent(email)}/roles`, { body }),
  revokeRole: (email: string, role: string, teamId: string | null) =>
    request(
      'DELETE',
      `/rbac/users/${encodeURIComponent(email)}/roles/${encodeURIComponent(role)}`,
      { query: { teamId: teamId ?? undefined } },
    ),
  myPermissions: () => request<MyPermissions>('GET', '/rbac/my/permissions'),

  a2aAgents: () => listAll<A2aAgent>('/a2a', { includeInactive: true }),
  createA2aAgent: (body: Record<string, unknown>) => request<A2aAgent>('POST', '/a2a', { body }),
  updateA2aAgent: (id: string, body: Record<string, unknown>) =>
    request<A2aAgent>('PUT', `/a2a/${encodeURIComponent(id)}`, { body }),
  invokeA2aAgent: (id: string, body: { message: string; contextId?: string; taskId?: string }) =>
    request<ToolResult>('POST', `/a2a/${encodeURIComponent(id)}/invoke`, { body }),

  grpcServices: () => listAll<GrpcService>('/grpc', { includeInactive: true }),
  createGrpcService: (body: Record<string, unknown>) =>
    request<GrpcService>('POST', '/grpc', { body }),
  updateGrpcService: (id: string, body: Record<string, unknown>) =>
    request<GrpcService>('PUT', `/grpc/${encodeURIComponent(id)}`, { body }),
  /** A service's methods by service, then method name (the sorts are stable). */
  grpcMethods: async (id: string) =>
    inNaturalOrder(
      byName(await request<GrpcMethod[]>('GET', `/grpc/${encodeURIComponent(id)}/methods`)),
      (method) => method.service,
    ),
  refreshGrpcService: (id: string) =>
    request<GrpcRefreshReport>('POST', `/grpc/${encodeURIComponent(id)}/refresh`),

  exportRegistry: () => request<Record<string, unknown>>('GET', '/export'),
  importRegistry: (document: unknown, options: { conflictStrategy: string; dryRun: boolean }) =>
    request<ImportReport>('POST', '/import', { body: { document, ...options } }),

  /** Enables or disables any entity kind that has `/{kind}/{id}/state`. */
  setEnabled: (kind: string, id: string, activate: boolean) =>
    request('POST', `/${kind}/${encodeURIComponent(id)}/state`, { query: { activate } }),
  remove: (kind: string, id: string) => request('DELETE', `/${kind}/${encodeURIComponent(id)}`),

  /** Calls a tool through the gateway's JSON-RPC endpoint (`POST /rpc`), as an MCP client would. */
  async callTool(name: string, args: Record<string, unknown>): Promise<ToolResult> {
    const answer = await request<{
      result?: ToolResult
      error?: { code: number; message: string }
    }>('POST', '/rpc', {
      body: {
        jsonrpc: '2.0',
        id: ++rpcId,
        method: 'tools/call',
        params: { name, arguments: args },
      },
    })
    if (answer.error) throw new ApiError(200, `JSONRPC_${answer.error.code}`, answer.error.message)
    return answer.result ?? {}
  },
}
