import { GatewayCreateSchema, GatewayUpdateSchema, PromptCreateSchema, PromptUpdateSchema, ResourceCreateSchema, ResourceUpdateSchema, ServerCreateSchema, ServerUpdateSchema, ToolCreateSchema, ToolUpdateSchema, } from '@switchyard/core';
import { crudRoutes } from './crud.js';
import { grpcRoutes } from './grpc.js';
import { openApiRoutes } from './openapi.js';
import { promptRoutes } from './prompts.js';
import { resourceRoutes } from './resources.js';
import { serverRoutes } from './servers.js';
/** The registry's entity endpoints: gateways, tools, resources, prompts and virtual servers. */
export function entityRoutes(registry, plugins) {
    return [
        ...openApiRoutes(registry),
        ...crudRoutes({
            base: '/gateways',
            tag: 'Gateways',
            noun: 'gateway',
            wrapKey: 'gateway',
            service: registry.gateways,
            createSchema: GatewayCreateSchema,
            updateSchema: GatewayUpdateSchema,
        }),
        ...grpcRoutes(registry),
        ...crudRoutes({
            base: '/tools',
            tag: 'Tools',
            noun: 'tool',
            wrapKey: 'tool',
            service: registry.tools,
            createSchema: ToolCreateSchema,
            updateSchema: ToolUpdateSchema,
        }),
        // Fixed paths first, so that /resources/templates/list is not read as /resources/:id.
        ...resourceRoutes(registry, plugins),
        ...crudRoutes({
            base: '/resources',
            tag: 'Resources',
            noun: 'resource',
            wrapKey: 'resource',
            service: registry.resources,
            createSchema: ResourceCreateSchema,
            updateSchema: ResourceUpdateSchema,
        }),
        ...promptRoutes(registry, plugins),
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
    ];
}
//# sourceMappingURL=entities.js.map