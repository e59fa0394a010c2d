import type { McpBackend } from '@switchyard/transports';
import type { Metrics } from '../metrics/metrics.js';
import type { Tracing } from './tracing.js';
/**
 * Records every MCP request a backend serves (per server, and per tool for calls of the backend's
 * `tools`) and, with tracing, wraps it in a SERVER span that continues the caller's trace context.
 */
export declare function observeBackend(backend: McpBackend, serverId: string | null, tools: ReadonlySet<string>, metrics: Metrics, tracing: Tracing | undefined): McpBackend;
//# sourceMappingURL=observe-backend.d.ts.map