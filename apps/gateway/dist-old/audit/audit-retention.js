/** Prunes old audit records now and then every `intervalMs`; the returned stop waits for a prune under way. */
export function startAuditRetention(options) {
    let running = Promise.resolve();
    const prune = () => {
        if (options.leading && !options.leading())
            return;
        const before = new Date(Date.now() - options.days * 86_400_000);
        running = options.log.prune(before).then((count) => options.onPruned?.(count), (error) => options.onError?.(error));
    };
    prune();
    const timer = setInterval(prune, options.intervalMs ?? 3_600_000).unref();
    return () => {
        clearInterval(timer);
        return running;
    };
}
//# sourceMappingURL=audit-retention.js.map