import { type Registry } from '@switchyard/core';
import { type Route } from '../http/route.js';
import type { McpService } from '../mcp/mcp-service.js';
/**
 * A virtual server as an A2A agent: `GET /servers/{id}/a2a/.well-known/agent-card.json` lists its
 * tools as skills; `POST /servers/{id}/a2a` takes JSON-RPC (A2A 1.0), and a message whose data part
 * is `{ "skill": name, "arguments": {...} }` runs that tool through the server's MCP backend.
 */
export declare function serverAgentRoutes(registry: Registry, mcp: McpService, version: string): Route[];
//# sourceMappingURL=server-agent.d.ts.map