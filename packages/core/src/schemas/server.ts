import { z } from 'zod'
import {
  DisplayNameSchema,
  OwnershipInputSchema,
  RateLimitSchema,
  TagsSchema,
  ToolNameSchema,
  type EntityBase,
  type RateLimit,
  ExpectedVersionSchema,
} from './common.js'
import { ServerOAuthSchema, type ServerOAuth } from './server-oauth.js'

/** A member reference: an id, or an id with a rename and description override. */
export const MemberRefSchema = z.union([
  z.string().min(1),
  z.object({
    id: z.string().min(1),
    name: ToolNameSchema.nullable().optional(),
    description: z.string().max(16_384).nullable().optional(),
  }),
])
export type MemberRef = z.infer<typeof MemberRefSchema>

/** An icon as MCP describes it. */
export const IconSchema = z.object({
  src: z.string().min(1).max(8192),
  mimeType: z.string().max(255).optional(),
  sizes: z.array(z.string().max(32)).max(16).optional(),
})

/** How a virtual server names its members: with the upstream prefix, or as the upstream does. */
export const NameStrategySchema = z.enum(['prefixed', 'original'])

const members = z.array(MemberRefSchema).max(10_000)

const serverFields = {
  name: DisplayNameSchema,
  description: z.string().max(16_384).nullable().optional(),
  instructions: z.string().max(65_536).nullable().optional(),
  icon: z.string().max(8192).nullable().optional(),
  icons: z.array(IconSchema).max(16).optional(),
  associatedTools: members.optional(),
  associatedResources: members.optional(),
  associatedPrompts: members.optional(),
  associatedA2aAgents: z.array(z.string().min(1)).max(1000).optional(),
  nameStrategy: NameStrategySchema.optional(),
  rateLimit: RateLimitSchema.nullable().optional(),
  oauth: ServerOAuthSchema.nullable().optional(),
  tags: TagsSchema.optional(),
  ...OwnershipInputSchema.shape,
}

/** Body of `POST /servers`. */
export const ServerCreateSchema = z.object(serverFields)
export type ServerCreate = z.infer<typeof ServerCreateSchema>

/** Body of `PUT /servers/{id}`. */
export const ServerUpdateSchema = z
  .object(serverFields)
  .partial()
  .extend({ version: ExpectedVersionSchema.optional() })
export type ServerUpdate = z.infer<typeof ServerUpdateSchema>

/** Kinds of member a virtual server bundles. */
export type MemberKind = 'tool' | 'resource' | 'prompt' | 'agent'

/** One member of a virtual server with its overrides. */
export interface ServerMember {
  id: string
  name: string | null
  description: string | null
}

/** A virtual server as the API shows it. */
export interface Server extends EntityBase {
  name: string
  description: string | null
  instructions: string | null
  icon: string | null
  icons: z.infer<typeof IconSchema>[]
  associatedTools: string[]
  associatedResources: string[]
  associatedPrompts: string[]
  associatedA2aAgents: string[]
  toolOverrides: ServerMember[]
  resourceOverrides: ServerMember[]
  promptOverrides: ServerMember[]
  nameStrategy: 'prefixed' | 'original'
  rateLimit: RateLimit | null
  /** OAuth 2.1 resource-server settings; null when the server takes only gateway credentials. */
  oauth: ServerOAuth | null
}
