import type { Ownership, RateLimit, UpstreamAuth } from '../schemas/common.js'
import type { GatewayTransport } from '../schemas/gateway.js'
import type { IntegrationType } from '../schemas/tool.js'

/** An enabled upstream with its credentials opened, ready for an invoker. */
export interface CatalogGateway extends Ownership {
  id: string
  name: string
  slug: string
  url: string | null
  transport: GatewayTransport
  command: string | null
  args: readonly string[]
  env: Readonly<Record<string, string>>
  cwd: string | null
  auth: UpstreamAuth
  passthroughHeaders: readonly string[]
  status: string
}

/** An enabled tool whose upstream (if any) is enabled too. */
export interface CatalogTool extends Ownership {
  id: string
  name: string
  originalName: string
  description: string | null
  integrationType: IntegrationType
  requestType: string | null
  url: string | null
  gatewayId: string | null
  headers: Readonly<Record<string, string>>
  auth: UpstreamAuth
  inputSchema: Readonly<Record<string, unknown>>
  outputSchema: Readonly<Record<string, unknown>> | null
  annotations: Readonly<Record<string, unknown>>
  integrationConfig: Readonly<Record<string, unknown>>
  timeoutMs: number | null
  rateLimit: RateLimit | null
  tags: readonly string[]
}

/** An enabled resource or resource template. */
export interface CatalogResource extends Ownership {
  id: string
  uri: string | null
  uriTemplate: string | null
  name: string
  description: string | null
  mimeType: string | null
  size: number | null
  text: string | null
  blob: string | null
  gatewayId: string | null
  tags: readonly string[]
}

/** An enabled prompt. */
export interface CatalogPrompt extends Ownership {
  id: string
  name: string
  originalName: string
  description: string | null
  template: string
  arguments: readonly { name: string; description: string | null; required: boolean }[]
  gatewayId: string | null
  tags: readonly string[]
}

/** A member as one virtual server exposes it: its name and description there. */
export interface CatalogMember<T> {
  name: string
  description: string | null
  entity: T
}

/** An enabled virtual server with its enabled members resolved, in order. */
export interface CatalogServer extends Ownership {
  id: string
  name: string
  description: string | null
  instructions: string | null
  icons: readonly { src: string; mimeType?: string; sizes?: string[] }[]
  rateLimit: RateLimit | null
  tools: readonly CatalogMember<CatalogTool>[]
  toolsByName: ReadonlyMap<string, CatalogMember<CatalogTool>>
  resources: readonly CatalogMember<CatalogResource>[]
  prompts: readonly CatalogMember<CatalogPrompt>[]
  promptsByName: ReadonlyMap<string, CatalogMember<CatalogPrompt>>
  a2aAgents: readonly string[]
}

/** An immutable snapshot of everything enabled: what the request path reads, never the store. */
export interface Catalog {
  /** Grows by one with every rebuild. */
  version: number
  builtAt: string
  gateways: ReadonlyMap<string, CatalogGateway>
  tools: ReadonlyMap<string, CatalogTool>
  toolsByName: ReadonlyMap<string, CatalogTool>
  resources: ReadonlyMap<string, CatalogResource>
  resourcesByUri: ReadonlyMap<string, CatalogResource>
  prompts: ReadonlyMap<string, CatalogPrompt>
  promptsByName: ReadonlyMap<string, CatalogPrompt>
  servers: ReadonlyMap<string, CatalogServer>
}
