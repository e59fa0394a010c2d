import type { ToolInvoker } from '@switchyard/core';
import type { Metrics } from '../metrics/metrics.js';
import type { Tracing } from './tracing.js';
/**
 * Wraps a REST, gRPC or A2A invoker: each invocation is recorded as an upstream call (named
 * `{type} {host}`) and, with tracing, runs in a CLIENT span under the request it is made for, whose
 * context the invoker sends (`traceparent` header or metadata).
 */
export declare function observeInvoker(type: string, invoke: ToolInvoker, metrics: Metrics, tracing: Tracing | undefined): ToolInvoker;
//# sourceMappingURL=observe-invokers.d.ts.map