import { z } from 'zod'
import { restToolProblems } from '../rest/rest-config.js'
import { schemaProblem } from '../router/argument-validator.js'
import {
  DisplayNameSchema,
  StaticHeadersSchema,
  HttpUrlSchema,
  JsonSchemaObjectSchema,
  OwnershipInputSchema,
  MaxConcurrencySchema,
  RateLimitSchema,
  TagsSchema,
  ToolNameSchema,
  ToolAuthSchema,
  type EntityBase,
  type MaskedAuth,
  type RateLimit,
  ExpectedVersionSchema,
} from './common.js'
import type { McpExtras } from './member-extras.js'

/** What kind of backend a tool calls. */
export const IntegrationTypeSchema = z.preprocess(
  (value) => (typeof value === 'string' ? value.toUpperCase() : value),
  z.enum(['MCP', 'REST', 'GRPC', 'A2A']),
)
export type IntegrationType = z.infer<typeof IntegrationTypeSchema>

/** HTTP method of a REST tool. */
export const RequestTypeSchema = z.preprocess(
  (value) => (typeof value === 'string' ? value.toUpperCase() : value),
  z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']),
)

/** A tool's input or output schema: one the gateway can compile, since it checks calls against it. */
const CheckedSchema = JsonSchemaObjectSchema.superRefine((schema, ctx) => {
  const problem = schemaProblem(schema)
  if (problem)
    ctx.addIssue({ code: 'custom', message: `the schema cannot be compiled: ${problem}` })
})

const toolFields = {
  name: ToolNameSchema,
  displayName: DisplayNameSchema.nullable().optional(),
  description: z.string().max(16_384).nullable().optional(),
  integrationType: IntegrationTypeSchema.optional(),
  requestType: RequestTypeSchema.optional(),
  url: HttpUrlSchema.nullable().optional(),
  gatewayId: z.string().min(1).nullable().optional(),
  headers: StaticHeadersSchema.optional(),
  auth: ToolAuthSchema.optional(),
  inputSchema: CheckedSchema.optional(),
  outputSchema: CheckedSchema.nullable().optional(),
  annotations: z.record(z.string(), z.unknown()).optional(),
  integrationConfig: z.record(z.string(), z.unknown()).optional(),
  timeoutMs: z.number().int().min(100).max(600_000).nullable().optional(),
  rateLimit: RateLimitSchema.nullable().optional(),
  maxConcurrency: MaxConcurrencySchema.nullable().optional(),
  tags: TagsSchema.optional(),
  ...OwnershipInputSchema.shape,
}

function checkIntegration(
  value: {
    integrationType?: IntegrationType | undefined
    url?: string | null | undefined
    gatewayId?: string | null | undefined
    inputSchema?: Record<string, unknown> | undefined
    integrationConfig?: Record<string, unknown> | undefined
    grpcServiceId?: string | null | undefined
  },
  ctx: z.RefinementCtx,
): void {
  const type = value.integrationType ?? 'REST'
  if (type === 'MCP' && !value.gatewayId) {
    ctx.addIssue({
      code: 'custom',
      path: ['gatewayId'],
      message: 'an MCP tool belongs to a gateway: give gatewayId',
    })
  }
  if (type === 'GRPC') {
    if (!value.grpcServiceId)
      ctx.addIssue({
        code: 'custom',
        path: ['integrationType'],
        message: 'gRPC tools come from a registered gRPC service: register it with POST /grpc',
      })
  } else if (type !== 'MCP' && !value.url) {
    const article = type === 'A2A' ? 'an' : 'a'
    ctx.addIssue({ code: 'custom', path: ['url'], message: `${article} ${type} tool needs a url` })
  }
  if (type === 'REST') {
    for (const { path, message } of restToolProblems(value)) {
      ctx.addIssue({ code: 'custom', path, message })
    }
  }
}

/** Body of `POST /tools`. */
export const ToolCreateSchema = z.object(toolFields).superRefine(checkIntegration)
export type ToolCreate = z.infer<typeof ToolCreateSchema>

/** Body of `PUT /tools/{id}`. */
export const ToolUpdateSchema = z
  .object(toolFields)
  .partial()
  .extend({ version: ExpectedVersionSchema.optional() })
export type ToolUpdate = z.infer<typeof ToolUpdateSchema>

/** Checks a tool's integration after an update has been merged into the stored record. */
export const ToolIntegrationSchema = z
  .object({
    integrationType: toolFields.integrationType,
    url: toolFields.url,
    gatewayId: toolFields.gatewayId,
    inputSchema: toolFields.inputSchema,
    integrationConfig: toolFields.integrationConfig,
    grpcServiceId: z.string().nullable().optional(),
  })
  .superRefine(checkIntegration)

/** A tool as the API shows it. `name` is the exposed (federated) name; `originalName` the backend's. */
export interface Tool extends EntityBase {
  name: string
  originalName: string
  displayName: string | null
  description: string | null
  integrationType: IntegrationType
  requestType: string | null
  url: string | null
  gatewayId: string | null
  /** The gRPC service whose method this tool calls. */
  grpcServiceId: string | null
  /** The A2A agent this tool calls (an `A2A` tool made by registering the agent). */
  a2aAgentId: string | null
  headers: Record<string, string>
  auth: MaskedAuth
  inputSchema: Record<string, unknown>
  outputSchema: Record<string, unknown> | null
  annotations: Record<string, unknown>
  integrationConfig: Record<string, unknown>
  timeoutMs: number | null
  rateLimit: RateLimit | null
  /** Most calls in flight at once on one node; further calls are refused. Null for no cap. */
  maxConcurrency: number | null
  /** An upstream's MCP fields the gateway does not model, as it listed them; set by federation only. */
  mcpExtras: McpExtras | null
}
