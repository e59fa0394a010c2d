import { type StatusUpdate, type ToolResult } from '@switchyard/a2a';
import { type CatalogA2aAgent, type CatalogHolder, type ToolInvoker, type UrlPolicy } from '@switchyard/core';
/** What the A2A invoker reads agents from. */
export interface A2aInvokerOptions {
    catalog: CatalogHolder;
    /** Default per-call timeout when a tool sets none; default 5 minutes. */
    timeoutMs?: number;
    /** Outbound URL rules for every connection to an agent. */
    urlPolicy?: UrlPolicy;
}
/** The A2A invoker: calls an agent's tool, and the agent directly (`/a2a/{name}/invoke`). */
export interface A2aInvoker {
    invoke: ToolInvoker;
    /** Sends a tool's arguments to an agent; A2A failures become error results. */
    call(agent: CatalogA2aAgent, args: Record<string, unknown>, options: {
        signal: AbortSignal;
        timeoutMs?: number;
        onStatus?: (update: StatusUpdate) => void;
        /** Headers of this call's requests (trace context). */
        headers?: Record<string, string>;
    }): Promise<ToolResult>;
    /** Closes the pooled connections. */
    close(): Promise<void>;
}
/** Creates the invoker of `A2A` tools: one client per agent snapshot, progress from status updates. */
export declare function createA2aInvoker(options: A2aInvokerOptions): A2aInvoker;
//# sourceMappingURL=a2a-invoker.d.ts.map