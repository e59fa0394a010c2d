import { defineRoute } from '../http/route.js';
/** `POST /gateways/{id}/tools/refresh`: discover an upstream now and report what changed. */
export function federationRoutes(registry, federation) {
    return [
        defineRoute({
            method: 'post',
            path: '/gateways/:id/tools/refresh',
            summary: "Re-sync an upstream's tools, resources and prompts; reports what was added, updated and removed",
            tag: 'Gateways',
            async handle({ param, viewer, authorize }) {
                const gateway = await registry.gateways.get(param('id'), viewer);
                authorize('gateways.write', { ...gateway, kind: 'gateway' });
                return federation.refresh(gateway.id);
            },
        }),
    ];
}
//# sourceMappingURL=federation.js.map