import { type McpBackend } from '@switchyard/transports';
/** Counts the MCP requests under way on every face, so that a shutdown can let them finish. */
export interface InflightCalls {
    /** The backend, counting each request it serves until it is answered. */
    track(backend: McpBackend): McpBackend;
    /** Requests under way now. */
    readonly count: number;
    /** Resolves true once no request is under way, or false after `timeoutMs`. */
    drained(timeoutMs: number): Promise<boolean>;
    /** Answers every request under way with UNAVAILABLE "shutting down" (past the drain deadline). */
    abort(): void;
}
/** Creates the counter. */
export declare function createInflightCalls(): InflightCalls;
//# sourceMappingURL=inflight-calls.d.ts.map