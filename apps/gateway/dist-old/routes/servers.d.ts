import type { Registry } from '@switchyard/core';
import { type Route } from '../http/route.js';
/** A virtual server's members as its clients see them. */
export declare function serverRoutes(registry: Registry): Route[];
//# sourceMappingURL=servers.d.ts.map