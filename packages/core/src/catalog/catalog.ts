import type { A2aAgent } from '../schemas/a2a-agent.js'
import type { GatewayAuth, RateLimit, ToolAuth, UpstreamAuth } from '../schemas/common.js'
import type { Gateway } from '../schemas/gateway.js'
import type { GrpcConnection } from '../services/grpc-connection.js'
import type { Prompt } from '../schemas/prompt.js'
import type { Resource } from '../schemas/resource.js'
import type { Server } from '../schemas/server.js'
import type { ResolvedMember } from '../services/server-members.js'
import type { Tool } from '../schemas/tool.js'

/** An enabled upstream with its credentials and environment opened, ready for an invoker. */
export interface CatalogGateway extends Omit<Gateway, 'auth' | 'envKeys'> {
  auth: GatewayAuth
  env: Readonly<Record<string, string>>
}

/** An enabled gRPC service with its connection settings opened: what its tools' invoker needs. */
export interface CatalogGrpcService extends GrpcConnection {
  id: string
  name: string
  passthroughHeaders: readonly string[]
  services: readonly string[]
  /** The encoded FileDescriptorSet, base64. */
  descriptorSet: string
  updatedAt: string
}

/** An enabled A2A agent with its credentials opened, ready for the A2A invoker. */
export interface CatalogA2aAgent extends Omit<A2aAgent, 'auth' | 'toolId' | 'toolName'> {
  auth: UpstreamAuth
}

/** An enabled tool whose upstream (if any) is enabled too, with its credentials opened. */
export interface CatalogTool extends Omit<Tool, 'auth'> {
  auth: ToolAuth
}

/** An enabled resource or resource template. */
export type CatalogResource = Resource

/** An enabled prompt. */
export type CatalogPrompt = Prompt

/** A member as one virtual server exposes it: its name and description there. */
export type CatalogMember<T> = ResolvedMember<T>

/** An enabled virtual server with its enabled members resolved, in order. */
export interface CatalogServer extends Pick<
  Server,
  | 'id'
  | 'name'
  | 'description'
  | 'instructions'
  | 'icons'
  | 'nameStrategy'
  | 'owner'
  | 'team'
  | 'visibility'
  | 'oauth'
> {
  rateLimit: RateLimit | null
  tools: readonly CatalogMember<CatalogTool>[]
  toolsByName: ReadonlyMap<string, CatalogMember<CatalogTool>>
  resources: readonly CatalogMember<CatalogResource>[]
  prompts: readonly CatalogMember<CatalogPrompt>[]
  promptsByName: ReadonlyMap<string, CatalogMember<CatalogPrompt>>
  /** Agents (by id, name or slug) whose tools join this server besides its tool members. */
  a2aAgents: readonly string[]
}

/** An immutable snapshot of everything enabled: what the request path reads, never the store. */
export interface Catalog {
  /** Grows by one with every rebuild. */
  version: number
  builtAt: string
  gateways: ReadonlyMap<string, CatalogGateway>
  grpcServices: ReadonlyMap<string, CatalogGrpcService>
  tools: ReadonlyMap<string, CatalogTool>
  toolsByName: ReadonlyMap<string, CatalogTool>
  resources: ReadonlyMap<string, CatalogResource>
  resourcesByUri: ReadonlyMap<string, CatalogResource>
  prompts: ReadonlyMap<string, CatalogPrompt>
  promptsByName: ReadonlyMap<string, CatalogPrompt>
  servers: ReadonlyMap<string, CatalogServer>
  a2aAgents: ReadonlyMap<string, CatalogA2aAgent>
}
