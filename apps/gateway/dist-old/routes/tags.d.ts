import type { Registry } from '@switchyard/core';
import { type Route } from '../http/route.js';
/** Tags across gateways, tools, resources, prompts and servers. */
export declare function tagRoutes(registry: Registry): Route[];
//# sourceMappingURL=tags.d.ts.map