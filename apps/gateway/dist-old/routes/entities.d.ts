import { type PluginHost, type Registry } from '@switchyard/core';
import type { Route } from '../http/route.js';
/** The registry's entity endpoints: gateways, tools, resources, prompts and virtual servers. */
export declare function entityRoutes(registry: Registry, plugins?: PluginHost): Route[];
//# sourceMappingURL=entities.d.ts.map