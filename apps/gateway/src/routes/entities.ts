import {
  GatewayCreateSchema,
  GatewayUpdateSchema,
  PromptCreateSchema,
  PromptUpdateSchema,
  ResourceCreateSchema,
  ResourceUpdateSchema,
  ServerCreateSchema,
  ServerUpdateSchema,
  ToolCreateSchema,
  ToolUpdateSchema,
  type PluginHost,
  type Registry,
} from '@switchyard/core'
import type { Route } from '../http/route.js'
import type { McpService } from '../mcp/mcp-service.js'
import { crudRoutes } from './crud.js'
import { guardGatewayWrite } from './gateway-guard.js'
import { maskingUrls } from './masked-urls.js'
import { grpcRoutes } from './grpc.js'
import { openApiRoutes } from './openapi.js'
import { promptRoutes } from './prompts.js'
import { resourceRoutes } from './resources.js'
import { serverRoutes } from './servers.js'

/**
 * The registry's entity endpoints: gateways, tools, resources, prompts and virtual servers; `mcp`
 * reads federated prompts and resources at their upstreams.
 */
export function entityRoutes(registry: Registry, mcp: McpService, plugins?: PluginHost): Route[] {
  return [
    ...openApiRoutes(registry),
    ...crudRoutes({
      base: '/gateways',
      tag: 'Gateways',
      noun: 'gateway',
      wrapKey: 'gateway',
      service: maskingUrls(registry.gateways),
      createSchema: GatewayCreateSchema,
      updateSchema: GatewayUpdateSchema,
      guard: guardGatewayWrite,
    }),
    ...grpcRoutes(registry),
    ...crudRoutes({
      base: '/tools',
      tag: 'Tools',
      noun: 'tool',
      wrapKey: 'tool',
      service: maskingUrls(registry.tools),
      createSchema: ToolCreateSchema,
      updateSchema: ToolUpdateSchema,
    }),
    // Fixed paths first, so that /resources/templates/list is not read as /resources/:id.
    ...resourceRoutes(registry, mcp, plugins),
    ...crudRoutes({
      base: '/resources',
      tag: 'Resources',
      noun: 'resource',
      wrapKey: 'resource',
      service: registry.resources,
      createSchema: ResourceCreateSchema,
      updateSchema: ResourceUpdateSchema,
    }),
    ...promptRoutes(registry, mcp, plugins),
    ...crudRoutes({
      base: '/prompts',
      tag: 'Prompts',
      noun: 'prompt',
      wrapKey: 'prompt',
      service: registry.prompts,
      createSchema: PromptCreateSchema,
      updateSchema: PromptUpdateSchema,
    }),
    ...crudRoutes({
      base: '/servers',
      tag: 'Servers',
      noun: 'server',
      wrapKey: 'server',
      service: registry.servers,
      createSchema: ServerCreateSchema,
      updateSchema: ServerUpdateSchema,
    }),
    ...serverRoutes(registry),
  ]
}
