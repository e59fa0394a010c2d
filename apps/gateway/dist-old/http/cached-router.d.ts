import type { Result, Router } from 'hono/router';
/**
 * Hono's default router (SmartRouter over RegExpRouter and TrieRouter) with its answers kept per
 * method and path: the MCP endpoints are hit on the same few paths again and again, and a trie
 * search per request was ~2.5% of the gateway's CPU per tools/call. Hono only reads a match result.
 */
export declare class CachedRouter<T> implements Router<T> {
    #private;
    readonly name = "CachedRouter";
    add(method: string, path: string, handler: T): void;
    match(method: string, path: string): Result<T>;
}
//# sourceMappingURL=cached-router.d.ts.map