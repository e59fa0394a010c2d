import type { Registry } from '@switchyard/core'
import type { GatewayHealth } from '../health/gateway-health.js'
import { defineRoute, type Route } from '../http/route.js'

/** `GET /gateways/{id}/health`: an upstream's current state and its recent state changes. */
export function gatewayHealthRoutes(registry: Registry, health: GatewayHealth): Route[] {
  return [
    defineRoute({
      method: 'get',
      path: '/gateways/:id/health',
      summary:
        "An upstream's status now and its state changes (pending, active, unreachable, disabled) seen since this replica started, oldest first; the last 100 are kept",
      tag: 'Gateways',
      async handle({ param, viewer }) {
        const gateway = await registry.gateways.get(param('id'), viewer)
        return {
          id: gateway.id,
          name: gateway.name,
          status: gateway.enabled ? gateway.status : 'disabled',
          reason: gateway.statusReason,
          lastSeenAt: gateway.lastSeenAt,
          transitions: health.history(gateway.id),
        }
      },
    }),
  ]
}
