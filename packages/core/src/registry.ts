import {
  createCatalogHolder,
  type CatalogHolder,
  type CatalogHolderOptions,
} from './catalog/catalog-holder.js'
import { createChangeBus, type ChangeBus } from './events/change-bus.js'
import { createA2aService } from './services/a2a-service.js'
import type { SecretSealer, ServiceContext } from './services/context.js'
import { createGatewayService } from './services/gateway-service.js'
import type { GrpcDiscoverer } from './services/grpc-connection.js'
import { createGrpcService } from './services/grpc-service.js'
import { createMetricsHistoryService } from './services/metrics-history-service.js'
import { createOAuthTokenService } from './services/oauth-token-service.js'
import { createPromptService } from './services/prompt-service.js'
import { createResourceService } from './services/resource-service.js'
import { createRootService } from './services/root-service.js'
import { createServerService } from './services/server-service.js'
import { createTagService } from './services/tag-service.js'
import { createTeamService } from './services/team-service.js'
import { createRoleService } from './services/role-service.js'
import { createToolService } from './services/tool-service.js'
import { createSessionService } from './services/session-service.js'
import { createTokenService } from './services/token-service.js'
import type { LoginLockout } from './services/login-lockout.js'
import { createUserService, type PasswordHasher } from './services/user-service.js'
import type { UrlPolicy } from './rest/url-policy.js'
import type { Store } from './store/open-store.js'

/** What a registry is made from. */
export interface RegistryOptions {
  store: Store
  sealer: SecretSealer
  passwords: PasswordHasher
  /** Where committed changes go; an in-process bus by default. */
  events?: ChangeBus
  /** Joins an upstream's slug and a member's name; default '-'. */
  separator?: string
  /** Told when a catalog rebuild fails (the old snapshot stays in place). */
  onCatalogError?: (error: unknown) => void
  /** Runs each catalog update (the store reads that follow committed changes); the gateway traces it. */
  observeCatalogUpdate?: CatalogHolderOptions['observeUpdate']
  /** Where outbound URLs (tools, upstreams) may point; checked when they are registered. */
  urlPolicy?: UrlPolicy
  /** Reflects on gRPC servers (the gateway wires `@switchyard/grpc-bridge`); `POST /grpc` needs it. */
  discoverGrpc?: GrpcDiscoverer
  /** Failed-login lockout; 5 failures in 15 minutes lock an account for 15 minutes by default. */
  lockout?: LoginLockout
  /** Plugins' registration hooks (see ServiceContext). */
  onRegistration?: ServiceContext['onRegistration']
  /** Told of a changed or removed rate limit (the gateway drops its bucket; see ServiceContext). */
  onRateLimitChange?: ServiceContext['onRateLimitChange']
}

/** Every service over one context. */
export function createServices(
  context: ServiceContext,
  passwords: PasswordHasher,
  discoverGrpc?: GrpcDiscoverer,
  lockout?: LoginLockout,
) {
  return {
    gateways: createGatewayService(context),
    grpc: createGrpcService(context, discoverGrpc),
    tools: createToolService(context),
    resources: createResourceService(context),
    prompts: createPromptService(context),
    servers: createServerService(context),
    roots: createRootService(context),
    tags: createTagService(context),
    users: createUserService(context, passwords, lockout),
    tokens: createTokenService(context),
    sessions: createSessionService(context),
    a2a: createA2aService(context),
    oauth: createOAuthTokenService(context),
    metricsHistory: createMetricsHistoryService(context),
    teams: createTeamService(context),
    roles: createRoleService(context),
  }
}

/** The services of a registry. */
export type Services = ReturnType<typeof createServices>

/** The registry: services over the store, and the catalog snapshot they keep fresh. */
export interface Registry extends Services {
  context: ServiceContext
  passwords: PasswordHasher
  catalog: CatalogHolder
  /** Stops the catalog (waiting for a rebuild under way); the store is the caller's to close. */
  close(): Promise<void>
}

/** Creates the services and builds the first catalog snapshot. */
export async function createRegistry(options: RegistryOptions): Promise<Registry> {
  const context: ServiceContext = {
    store: options.store,
    sealer: options.sealer,
    events: options.events ?? createChangeBus(),
    separator: options.separator ?? '-',
    ...(options.urlPolicy && { urlPolicy: options.urlPolicy }),
    ...(options.onRegistration && { onRegistration: options.onRegistration }),
    ...(options.onRateLimitChange && { onRateLimitChange: options.onRateLimitChange }),
  }
  const catalog = await createCatalogHolder(context, {
    ...(options.onCatalogError && { onError: options.onCatalogError }),
    ...(options.observeCatalogUpdate && { observeUpdate: options.observeCatalogUpdate }),
  })
  return {
    ...createServices(context, options.passwords, options.discoverGrpc, options.lockout),
    context,
    passwords: options.passwords,
    catalog,
    close: () => catalog.close(),
  }
}
