import type { Registry } from '@switchyard/core';
import { type Route } from '../http/route.js';
/** `GET /gateways/{id}/health`: an upstream's current state and its recent state changes. */
export declare function gatewayHealthRoutes(registry: Registry): Route[];
//# sourceMappingURL=gateway-health.d.ts.map