import { type Registry } from '@switchyard/core';
import type { A2aInvoker } from '../a2a/a2a-invoker.js';
import { type Route } from '../http/route.js';
/**
 * `/a2a`: register A2A agents (the card is read before anything is stored), list, get, update,
 * delete and enable/disable them; `POST /a2a/{name}/invoke` sends a message, and
 * `POST /a2a/{name}/jsonrpc` passes a JSON-RPC request through to the agent unchanged.
 */
export declare function a2aRoutes(registry: Registry, invoker: A2aInvoker): Route[];
//# sourceMappingURL=a2a.d.ts.map