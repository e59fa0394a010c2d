import { type PluginHost, type Registry } from '@switchyard/core';
import { type Route } from '../http/route.js';
/** Prompt endpoints beyond CRUD: render, revisions, diff and rollback. */
export declare function promptRoutes(registry: Registry, plugins?: PluginHost): Route[];
//# sourceMappingURL=prompts.d.ts.map