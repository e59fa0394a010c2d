import { z } from 'zod'
import {
  HeadersSchema,
  JsonSchemaObjectSchema,
  MaxConcurrencySchema,
  RateLimitSchema,
  TagsSchema,
  ToolNameSchema,
  VisibilitySchema,
  PassthroughHeadersSchema,
} from '../schemas/common.js'
import { GatewayTransportSchema } from '../schemas/gateway.js'
import { MAX_MCP_EXTRAS_BYTES } from '../schemas/member-extras.js'
import { PromptArgumentSchema } from '../schemas/prompt.js'
import { IconSchema, NameStrategySchema } from '../schemas/server.js'
import { ServerOAuthSchema } from '../schemas/server-oauth.js'
import { IntegrationTypeSchema } from '../schemas/tool.js'

/** The format tag of an export document. */
export const EXPORT_FORMAT = 'switchyard-export/1'

const owned = {
  tags: TagsSchema.default([]),
  visibility: VisibilitySchema.default('public'),
  team: z.string().nullable().default(null),
  enabled: z.boolean().default(true),
}

const sealed = z.string().nullable().default(null)

/**
 * A URL that may carry credentials: `url` shows it with them masked, and `urlSealed` (only when
 * masking changed it) holds the whole URL sealed, which import restores.
 */
const maskedUrl = {
  url: z.string().nullable().default(null),
  urlSealed: sealed,
}

/**
 * A team in an export. Entities, members and role assignments name their team by this `id`, which
 * import maps to the target's team of the same slug, or to a team it makes.
 */
export const ExportedTeamSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1).max(255),
  slug: z.string().min(1).max(64),
  description: z.string().nullable().default(null),
})

/** A user's membership of a team; users themselves are not exported, so import needs them present. */
export const ExportedTeamMemberSchema = z.object({
  team: z.string().min(1),
  email: z.string().min(1),
  role: z.string().default('member'),
})

/** A custom role in an export (built-in roles are defined in code, so they are not). */
export const ExportedRoleSchema = z.object({
  name: z.string().min(1),
  description: z.string().nullable().default(null),
  permissions: z.array(z.string()).default([]),
  scope: z.string().default('global'),
})

/** A role given to a user, globally (`team` null) or within a team. */
export const ExportedRoleAssignmentSchema = z.object({
  email: z.string().min(1),
  role: z.string().min(1),
  team: z.string().nullable().default(null),
})

/** An upstream in an export; secrets stay sealed. */
export const ExportedGatewaySchema = z.object({
  name: z.string().min(1).max(255),
  description: z.string().nullable().default(null),
  ...maskedUrl,
  transport: GatewayTransportSchema,
  command: z.string().nullable().default(null),
  args: z.array(z.string()).default([]),
  envSealed: sealed,
  cwd: z.string().nullable().default(null),
  authSealed: sealed,
  /** Upstream OAuth state (tokens per user, registered client, discovery), sealed as one value. */
  oauthSealed: sealed,
  passthroughHeaders: PassthroughHeadersSchema.default([]),
  ...owned,
})

/** A gRPC service in an export: its descriptors travel along, so no reflection is needed on import. */
export const ExportedGrpcServiceSchema = z.object({
  name: z.string().min(1).max(255),
  description: z.string().nullable().default(null),
  target: z.string().min(1),
  tlsSealed: sealed,
  metadataSealed: sealed,
  passthroughHeaders: PassthroughHeadersSchema.default([]),
  timeoutMs: z.number().int().nullable().default(null),
  services: z.array(z.string()).default([]),
  descriptorSet: z.string(),
  ...owned,
})

/**
 * An A2A agent in an export, with what reading its card found (so import need not read it again)
 * and the name its tool is exposed as; its credentials stay sealed.
 */
export const ExportedA2aAgentSchema = z.object({
  name: z.string().min(1).max(255),
  description: z.string().nullable().default(null),
  ...maskedUrl,
  endpointUrl: z.string().min(1),
  protocolBinding: z.string().min(1),
  protocolVersion: z.string().min(1),
  streaming: z.boolean().default(false),
  card: z.record(z.string(), z.unknown()).default({}),
  inputSchema: JsonSchemaObjectSchema.default({ type: 'object', properties: {} }),
  toolName: ToolNameSchema.nullable().default(null),
  authSealed: sealed,
  ...owned,
})

/** An upstream member's MCP fields the gateway does not model; kept for federated members only. */
const mcpExtras = z
  .record(z.string(), z.unknown())
  .refine(
    (extras) => JSON.stringify(extras).length <= MAX_MCP_EXTRAS_BYTES,
    `must take at most ${MAX_MCP_EXTRAS_BYTES / 1024} KiB of JSON`,
  )
  .nullable()
  .default(null)

/** A tool in an export, naming its upstream or gRPC service (if any) by name. */
export const ExportedToolSchema = z.object({
  name: ToolNameSchema,
  originalName: ToolNameSchema,
  gatewayName: z.string().nullable().default(null),
  grpcServiceName: z.string().nullable().default(null),
  displayName: z.string().nullable().default(null),
  description: z.string().nullable().default(null),
  integrationType: IntegrationTypeSchema,
  requestType: z.string().nullable().default(null),
  ...maskedUrl,
  headers: HeadersSchema.default({}),
  authSealed: sealed,
  inputSchema: JsonSchemaObjectSchema.default({ type: 'object', properties: {} }),
  outputSchema: JsonSchemaObjectSchema.nullable().default(null),
  annotations: z.record(z.string(), z.unknown()).default({}),
  integrationConfig: z.record(z.string(), z.unknown()).default({}),
  timeoutMs: z.number().int().nullable().default(null),
  rateLimit: RateLimitSchema.nullable().default(null),
  maxConcurrency: MaxConcurrencySchema.nullable().default(null),
  mcpExtras,
  ...owned,
})

/** A resource or template in an export. */
export const ExportedResourceSchema = z.object({
  uri: z.string().nullable().default(null),
  uriTemplate: z.string().nullable().default(null),
  name: z.string().min(1),
  title: z.string().nullable().default(null),
  description: z.string().nullable().default(null),
  mimeType: z.string().nullable().default(null),
  text: z.string().nullable().default(null),
  blob: z.string().nullable().default(null),
  gatewayName: z.string().nullable().default(null),
  mcpExtras,
  ...owned,
})

/** One version of a prompt in an export. */
export const ExportedPromptRevisionSchema = z.object({
  version: z.number().int().positive(),
  name: z.string().min(1),
  /** Left out by a revision that kept no title (made before revisions did). */
  title: z.string().nullable().optional(),
  description: z.string().nullable().default(null),
  template: z.string(),
  arguments: z.array(PromptArgumentSchema).default([]),
  createdAt: z.string(),
  createdBy: z.string().nullable().default(null),
})
export type ExportedPromptRevision = z.infer<typeof ExportedPromptRevisionSchema>

/** A prompt in an export: its current version, and every version it had (oldest first). */
export const ExportedPromptSchema = z.object({
  name: ToolNameSchema,
  originalName: ToolNameSchema,
  gatewayName: z.string().nullable().default(null),
  title: z.string().nullable().default(null),
  description: z.string().nullable().default(null),
  template: z.string(),
  arguments: z.array(PromptArgumentSchema).default([]),
  revisions: z
    .array(ExportedPromptRevisionSchema)
    .default([])
    .refine(
      (revisions) => new Set(revisions.map((r) => r.version)).size === revisions.length,
      'each version may appear once',
    ),
  mcpExtras,
  ...owned,
})

const ExportedMemberSchema = z.object({
  ref: z.string().min(1),
  name: z.string().nullable().default(null),
  description: z.string().nullable().default(null),
})

/**
 * A virtual server in an export; members are named (tools and prompts by name, resources by URI,
 * A2A agents by name).
 */
export const ExportedServerSchema = z.object({
  name: z.string().min(1).max(255),
  description: z.string().nullable().default(null),
  instructions: z.string().nullable().default(null),
  icon: z.string().nullable().default(null),
  icons: z.array(IconSchema).default([]),
  nameStrategy: NameStrategySchema.default('prefixed'),
  rateLimit: RateLimitSchema.nullable().default(null),
  oauth: ServerOAuthSchema.nullable().default(null),
  a2aAgents: z.array(z.string()).default([]),
  tools: z.array(ExportedMemberSchema).default([]),
  resources: z.array(ExportedMemberSchema).default([]),
  prompts: z.array(ExportedMemberSchema).default([]),
  ...owned,
})

/** A root in an export. */
export const ExportedRootSchema = z.object({
  uri: z.string().min(1),
  name: z.string().nullable().default(null),
})

/**
 * The whole export document. A section added later defaults to empty, so a document written before
 * it still imports under the same format tag.
 */
export const ExportDocumentSchema = z.object({
  format: z.literal(EXPORT_FORMAT, `format must be '${EXPORT_FORMAT}'`),
  exportedAt: z.string(),
  exportedBy: z.string().nullable().default(null),
  entities: z.object({
    teams: z.array(ExportedTeamSchema).default([]),
    teamMembers: z.array(ExportedTeamMemberSchema).default([]),
    roles: z.array(ExportedRoleSchema).default([]),
    roleAssignments: z.array(ExportedRoleAssignmentSchema).default([]),
    gateways: z.array(ExportedGatewaySchema).default([]),
    grpcServices: z.array(ExportedGrpcServiceSchema).default([]),
    a2aAgents: z.array(ExportedA2aAgentSchema).default([]),
    tools: z.array(ExportedToolSchema).default([]),
    resources: z.array(ExportedResourceSchema).default([]),
    prompts: z.array(ExportedPromptSchema).default([]),
    servers: z.array(ExportedServerSchema).default([]),
    roots: z.array(ExportedRootSchema).default([]),
  }),
})
export type ExportDocument = z.infer<typeof ExportDocumentSchema>

/** Kinds of entity an export holds, in the order an import writes them. */
export const EXPORT_KINDS = [
  'teams',
  'teamMembers',
  'roles',
  'roleAssignments',
  'gateways',
  'grpcServices',
  'a2aAgents',
  'tools',
  'resources',
  'prompts',
  'servers',
  'roots',
] as const
export type ExportKind = (typeof EXPORT_KINDS)[number]
