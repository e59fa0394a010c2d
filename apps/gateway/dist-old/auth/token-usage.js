/** Creates the batched usage counter: one store write per token per interval, never per request. */
export function createTokenUsage(options) {
    let pending = new Map();
    let writing = Promise.resolve();
    const flush = () => {
        if (pending.size === 0)
            return writing;
        const batch = [...pending].map(([id, use]) => ({ id, ...use }));
        pending = new Map();
        writing = writing
            .then(() => options.tokens.recordUsage(batch))
            .catch((error) => options.onError?.(error));
        return writing;
    };
    const timer = setInterval(() => void flush(), options.flushIntervalMs ?? 1000);
    timer.unref();
    return {
        record(tokenId) {
            const use = pending.get(tokenId);
            const lastUsedAt = new Date().toISOString();
            if (use) {
                use.count += 1;
                use.lastUsedAt = lastUsedAt;
            }
            else
                pending.set(tokenId, { count: 1, lastUsedAt });
        },
        flush,
        close() {
            clearInterval(timer);
            return flush();
        },
    };
}
//# sourceMappingURL=token-usage.js.map