import { z } from 'zod'
import {
  DisplayNameSchema,
  HttpUrlSchema,
  OwnershipInputSchema,
  TagsSchema,
  UpstreamAuthSchema,
  type EntityBase,
  type MaskedAuth,
  ExpectedVersionSchema,
} from './common.js'

const agentFields = {
  /** Defaults to the name on the agent's card. */
  name: DisplayNameSchema.optional(),
  description: z.string().max(16_384).nullable().optional(),
  /** The agent's base URL: its card is read from `{url}/.well-known/agent-card.json`. */
  url: HttpUrlSchema.optional(),
  /** ContextForge's name for `url`. */
  endpointUrl: HttpUrlSchema.optional(),
  auth: UpstreamAuthSchema.optional(),
  tags: TagsSchema.optional(),
  ...OwnershipInputSchema.shape,
}

/** Body of `POST /a2a`: where the agent is, and how to authenticate to it. */
export const A2aAgentCreateSchema = z
  .object(agentFields)
  .refine((value) => value.url !== undefined || value.endpointUrl !== undefined, {
    path: ['url'],
    message: "an agent needs its base url (or ContextForge's endpointUrl)",
  })
export type A2aAgentCreate = z.infer<typeof A2aAgentCreateSchema>

/** Body of `PUT /a2a/{id}`: any subset of the create fields; a new url or auth re-reads the card. */
export const A2aAgentUpdateSchema = z
  .object(agentFields)
  .partial()
  .extend({ version: ExpectedVersionSchema.optional() })
export type A2aAgentUpdate = z.infer<typeof A2aAgentUpdateSchema>

/** What reading an agent's card found: given to the service by whoever read it (the gateway). */
export interface A2aAgentDiscovery {
  /** The card in A2A's JSON form (v1.0 model). */
  card: Record<string, unknown>
  name: string
  description: string | null
  /** The interface Switchyard calls. */
  endpointUrl: string
  protocolBinding: string
  protocolVersion: string
  streaming: boolean
  /** The input schema of the agent's tool. */
  inputSchema: Record<string, unknown>
}

/** An A2A agent as the API shows it (credentials masked), with the tool it is exposed as. */
export interface A2aAgent extends EntityBase {
  name: string
  slug: string
  description: string | null
  url: string
  endpointUrl: string
  protocolBinding: string
  protocolVersion: string
  streaming: boolean
  card: Record<string, unknown>
  auth: MaskedAuth
  lastSeenAt: string | null
  /** The agent's tool: its id and exposed name. */
  toolId: string | null
  toolName: string | null
}
