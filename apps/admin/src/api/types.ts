// The shapes the REST API answers with (only the fields the UI reads).

/** Fields every registry entity has. */
export interface Entity {
  id: string
  name: string
  description: string | null
  tags: string[]
  enabled: boolean
  createdAt: string
  updatedAt: string
}

/** One page of a list (`includePagination=true`). */
export interface Page<T> {
  items: T[]
  nextCursor?: string | null
}

export type GatewayStatus = 'pending' | 'active' | 'unreachable'
export type GatewayTransport = 'streamablehttp' | 'sse' | 'websocket' | 'stdio'

/** An upstream MCP server. */
export interface Gateway extends Entity {
  url: string | null
  transport: GatewayTransport
  command: string | null
  status: GatewayStatus
  statusReason: string | null
  lastSeenAt: string | null
}

/** A tool in the catalog. */
export interface Tool extends Entity {
  originalName: string
  displayName: string | null
  integrationType: string
  /** A REST tool's HTTP method and URL (with `{argument}` placeholders). */
  requestType: string | null
  url: string | null
  gatewayId: string | null
  inputSchema: JsonSchema
}

/** The parts of JSON Schema the "try it" form understands. */
export interface JsonSchema {
  type?: string | string[]
  title?: string
  description?: string
  enum?: unknown[]
  default?: unknown
  properties?: Record<string, JsonSchema>
  required?: string[]
}

/** A resource (a fixed URI or a URI template). */
export interface Resource extends Entity {
  uri: string | null
  uriTemplate: string | null
  mimeType: string | null
  gatewayId: string | null
}

/** A resource's content as `GET /resources/{id}/content` answers. */
export interface ResourceContent {
  uri: string
  mimeType?: string | null
  text?: string
  blob?: string
}

/** One argument a prompt takes. */
export interface PromptArgument {
  name: string
  description: string | null
  /** Left out where the prompt (or its upstream) leaves it out: not required. */
  required?: boolean
}

/** A prompt template. */
export interface Prompt extends Entity {
  template: string
  arguments: PromptArgument[]
  gatewayId: string | null
  version: number
}

/** One saved version of a prompt. */
export interface PromptRevision {
  version: number
  name: string
  /** Left out of a revision taken before revisions kept titles. */
  title?: string | null
  description: string | null
  template: string
  arguments: PromptArgument[]
  createdAt: string
  createdBy: string | null
}

/** What changed between two versions of a prompt. */
export interface PromptDiff {
  from: number
  to: number
  changedFields: string[]
  templatePatch: string
}

/** A rendered prompt (MCP `prompts/get` result). */
export interface RenderedPrompt {
  description?: string
  messages: { role: string; content: { type: string; text?: string } }[]
}

/** A member of a virtual server with its optional rename and description override. */
export interface ServerMember {
  id: string
  name?: string | null
  description?: string | null
}

/** A virtual server. */
export interface Server extends Entity {
  associatedTools: string[]
  associatedResources: string[]
  associatedPrompts: string[]
  toolOverrides: ServerMember[]
  resourceOverrides: ServerMember[]
  promptOverrides: ServerMember[]
  nameStrategy: 'prefixed' | 'original'
}

/** An API token (its text only in the create answer). */
export interface ApiToken {
  id: string
  name: string
  ownerEmail: string
  expiresAt: string | null
  createdAt: string
  lastUsedAt: string | null
  usageCount: number
  revokedAt: string | null
  accessToken?: string
}

/** A user account. */
export interface User {
  email: string
  fullName: string | null
  isAdmin: boolean
  isActive: boolean
  createdAt: string
}

/** The signed-in caller (`GET /auth/me`). */
export interface Me {
  email: string
  isAdmin: boolean
  fullName?: string | null
}

/** An MCP tool result. */
export interface ToolResult {
  content?: { type: string; text?: string; [key: string]: unknown }[]
  structuredContent?: unknown
  isError?: boolean
}

/** What an import did (or would do, on a dry run), counted by kind. */
export interface ImportReport {
  dryRun: boolean
  created: Record<string, number>
  updated: Record<string, number>
  skipped: Record<string, number>
  renamed: { kind: string; from: string; to: string }[]
  /** Entries left out that the document may still be right about (a user not on this gateway). */
  warnings: { at: string; message: string }[]
}

/** A team (`/teams`). */
export interface Team {
  id: string
  slug: string
  name: string
  description: string | null
  isPersonal: boolean
  createdBy: string | null
  createdAt: string
}

/** A member of a team: owners manage it. */
export interface TeamMember {
  teamId: string
  email: string
  role: 'owner' | 'member'
  joinedAt: string
}

/** A role: built-in or custom, held globally or within a team. */
export interface Role {
  name: string
  description: string | null
  permissions: string[]
  scope: 'global' | 'team'
  isBuiltIn: boolean
}

/** A role given to a user, globally (`teamId` null) or within a team. */
export interface RoleAssignment {
  email: string
  role: string
  teamId: string | null
  grantedBy: string | null
  createdAt: string
}

/** The caller's roles and effective permissions (`GET /rbac/my/permissions`). */
export interface MyPermissions {
  email: string
  isPlatformAdmin: boolean
  teams: string[]
  roles: { role: string; teamId: string | null }[]
  permissions: string[]
  teamPermissions: Record<string, string[]>
}

/** A registered A2A agent, exposed as one tool. */
export interface A2aAgent extends Entity {
  slug: string
  url: string
  endpointUrl: string
  protocolBinding: string
  protocolVersion: string
  streaming: boolean
  lastSeenAt: string | null
  toolId: string | null
  toolName: string | null
}

/** A gRPC server registered by reflection; each method is a tool. */
export interface GrpcService extends Entity {
  slug: string
  target: string
  tlsEnabled: boolean
  services: string[]
  status: 'active' | 'unreachable'
  statusReason: string | null
  lastReflectedAt: string | null
}

/** One method of a gRPC service and the tool that calls it. */
export interface GrpcMethod {
  service: string
  name: string
  path: string
  kind: string
  tool: string
  toolId: string
  enabled: boolean
}

/** What a gateway refresh changed for one kind of member, by upstream name. */
export interface MemberDelta {
  added: string[]
  updated: string[]
  removed: string[]
  /** Members the upstream lists that cannot be federated, with the reason. */
  skipped: { name: string; reason: string }[]
}

/** What a gateway refresh (`POST /gateways/{id}/tools/refresh`) changed. */
export interface SyncReport {
  tools: MemberDelta
  resources: MemberDelta
  resourceTemplates: MemberDelta
  prompts: MemberDelta
}

/** What reflecting on a gRPC service again changed. */
export interface GrpcRefreshReport {
  services: string[]
  /** Services reflection lists but cannot describe, with why; their methods are left out. */
  skipped: { name: string; reason: string }[]
  tools: { added: string[]; updated: string[]; removed: string[] }
}
