import type { Federation, Registry } from '@switchyard/core';
import { type Route } from '../http/route.js';
/** `POST /gateways/{id}/tools/refresh`: discover an upstream now and report what changed. */
export declare function federationRoutes(registry: Registry, federation: Federation): Route[];
//# sourceMappingURL=federation.d.ts.map