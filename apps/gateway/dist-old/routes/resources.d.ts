import type { PluginHost, Registry } from '@switchyard/core';
import { type Route } from '../http/route.js';
/** Resource endpoints beyond CRUD: the template list and a resource's content. */
export declare function resourceRoutes(registry: Registry, plugins?: PluginHost): Route[];
//# sourceMappingURL=resources.d.ts.map