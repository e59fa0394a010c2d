import { GrpcServiceCreateSchema, GrpcServiceUpdateSchema } from '@switchyard/core';
import { defineRoute } from '../http/route.js';
import { crudRoutes } from './crud.js';
/**
 * gRPC services: `POST /grpc` reflects on the target and registers its methods as tools; list,
 * get, update, delete, enable/disable, `POST /grpc/{id}/refresh` (also `/reflect`, ContextForge's
 * name) and `GET /grpc/{id}/methods`.
 */
export function grpcRoutes(registry) {
    const refresh = (path) => defineRoute({
        method: 'post',
        path,
        summary: 'Reflect on a gRPC service again; reports the tools added, updated and removed',
        tag: 'gRPC',
        async handle({ param, viewer, authorize }) {
            const service = await registry.grpc.get(param('id'), viewer);
            authorize('grpc.write', { ...service, kind: 'gRPC service' });
            return registry.grpc.refresh(service.id);
        },
    });
    return [
        refresh('/grpc/:id/refresh'),
        refresh('/grpc/:id/reflect'),
        defineRoute({
            method: 'get',
            path: '/grpc/:id/methods',
            summary: "A gRPC service's methods and the tools that call them",
            tag: 'gRPC',
            async handle({ param, viewer }) {
                const service = await registry.grpc.get(param('id'), viewer);
                return (await registry.grpc.tools(service.id)).map((tool) => ({
                    ...tool.integrationConfig,
                    tool: tool.name,
                    toolId: tool.id,
                    enabled: tool.enabled,
                }));
            },
        }),
        ...crudRoutes({
            base: '/grpc',
            tag: 'gRPC',
            noun: 'gRPC service',
            wrapKey: 'service',
            service: registry.grpc,
            createSchema: GrpcServiceCreateSchema,
            updateSchema: GrpcServiceUpdateSchema,
        }),
    ];
}
//# sourceMappingURL=grpc.js.map