import { RegExpRouter } from 'hono/router/reg-exp-router';
import { SmartRouter } from 'hono/router/smart-router';
import { TrieRouter } from 'hono/router/trie-router';
/** Distinct method and path pairs kept; past this the cache starts afresh. */
const MAX_CACHED = 1000;
/**
 * Hono's default router (SmartRouter over RegExpRouter and TrieRouter) with its answers kept per
 * method and path: the MCP endpoints are hit on the same few paths again and again, and a trie
 * search per request was ~2.5% of the gateway's CPU per tools/call. Hono only reads a match result.
 */
export class CachedRouter {
    name = 'CachedRouter';
    #router = new SmartRouter({
        routers: [new RegExpRouter(), new TrieRouter()],
    });
    #cache = new Map();
    add(method, path, handler) {
        this.#cache.clear();
        this.#router.add(method, path, handler);
    }
    match(method, path) {
        const key = `${method} ${path}`;
        let result = this.#cache.get(key);
        if (result === undefined) {
            result = this.#router.match(method, path);
            if (this.#cache.size >= MAX_CACHED)
                this.#cache.clear();
            this.#cache.set(key, result);
        }
        return result;
    }
}
//# sourceMappingURL=cached-router.js.map