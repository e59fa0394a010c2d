import { defineRoute } from '../http/route.js';
/** `GET /gateways/{id}/health`: an upstream's current state and its recent state changes. */
export function gatewayHealthRoutes(registry) {
    return [
        defineRoute({
            method: 'get',
            path: '/gateways/:id/health',
            summary: "An upstream's status now and its state changes (pending, active, unreachable, disabled), oldest first; the last 100 are kept",
            tag: 'Gateways',
            async handle({ param, viewer }) {
                const gateway = await registry.gateways.get(param('id'), viewer);
                return {
                    id: gateway.id,
                    name: gateway.name,
                    status: gateway.enabled ? gateway.status : 'disabled',
                    reason: gateway.statusReason,
                    lastSeenAt: gateway.lastSeenAt,
                    transitions: await registry.gateways.transitions(gateway.id),
                };
            },
        }),
    ];
}
//# sourceMappingURL=gateway-health.js.map