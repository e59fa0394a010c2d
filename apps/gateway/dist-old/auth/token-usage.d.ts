import type { TokenService } from '@switchyard/core';
/** Counts API token uses in memory and writes them to the store in batches, off the request path. */
export interface TokenUsage {
    /** Counts one use of the token now. */
    record(tokenId: string): void;
    /** Writes the uses counted so far. */
    flush(): Promise<void>;
    /** Stops the timer and writes what is left. */
    close(): Promise<void>;
}
/** What createTokenUsage needs. */
export interface TokenUsageOptions {
    tokens: Pick<TokenService, 'recordUsage'>;
    /** How often counted uses are written; default 1000 ms. */
    flushIntervalMs?: number;
    /** Told when a write fails (the uses of that batch are lost, the gateway goes on). */
    onError?: (error: unknown) => void;
}
/** Creates the batched usage counter: one store write per token per interval, never per request. */
export declare function createTokenUsage(options: TokenUsageOptions): TokenUsage;
//# sourceMappingURL=token-usage.d.ts.map