import { request } from './client'
import { ApiError } from './errors'
import { session } from './session'
import type {
  ApiToken,
  Gateway,
  ImportReport,
  Me,
  Page,
  Prompt,
  PromptDiff,
  PromptRevision,
  RenderedPrompt,
  Resource,
  ResourceContent,
  Server,
  ServerMember,
  Tool,
  ToolResult,
  User,
} from './types'

const PAGE_SIZE = 1000

/** Every item of a cursor-paginated list, page by page. */
async function listAll<T>(
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
  return items
}

let rpcId = 0

/** The REST API as typed functions: every call the admin UI makes. */
export const api = {
  async login(email: string, password: string): Promise<void> {
    // The answer sets the session and CSRF cookies; the JWT in its body is not kept.
    await request('POST', '/auth/login', { body: { email, password }, anonymous: true })
  },
  async logout(): Promise<void> {
    await request('POST', '/auth/logout').catch(() => undefined)
    session.clear()
  },
  me: () => request<Me>('GET', '/auth/me'),

  gateways: () => listAll<Gateway>('/gateways', { includeInactive: true }),
  createGateway: (body: Record<string, unknown>) => request<Gateway>('POST', '/gateways', { body }),
  refreshGateway: (id: string) =>
    request<Record<string, unknown>>('POST', `/gateways/${encodeURIComponent(id)}/tools/refresh`),

  tools: (gatewayId?: string) =>
    listAll<Tool>('/tools', { includeInactive: true, ...(gatewayId && { gatewayId }) }),
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
  createServer: (body: {
    name: string
    description?: string
    associatedTools: (string | ServerMember)[]
    associatedResources: string[]
    associatedPrompts: string[]
  }) => request<Server>('POST', '/servers', { body }),

  tokens: () => request<ApiToken[]>('GET', '/tokens'),
  createToken: (body: { name: string; expiresInDays?: number }) =>
    request<ApiToken>('POST', '/tokens', { body }),
  revokeToken: (id: string) => request('DELETE', `/tokens/${encodeURIComponent(id)}`),

  users: () => request<User[]>('GET', '/users'),
  createUser: (body: { email: string; password: string; fullName?: string; isAdmin: boolean }) =>
    request<User>('POST', '/users', { body }),
  updateUser: (email: string, body: { isActive?: boolean; isAdmin?: boolean }) =>
    request<User>('PUT', `/users/${encodeURIComponent(email)}`, { body }),
  removeUser: (email: string) => request('DELETE', `/users/${encodeURIComponent(email)}`),

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
