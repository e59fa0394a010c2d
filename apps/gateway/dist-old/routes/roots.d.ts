import { type Registry } from '@switchyard/core';
import { type Route } from '../http/route.js';
/** Roots offered to upstreams. Reading is open to every user; changing them is for admins. */
export declare function rootRoutes(registry: Registry): Route[];
//# sourceMappingURL=roots.d.ts.map