/** Drains on a timer (unref'd) and whenever a reader asks. */
export function createSampleQueue(options) {
    const capacity = options.capacity ?? 10_000;
    let waiting = [];
    let dropped = 0;
    const drain = () => {
        if (waiting.length === 0)
            return;
        const batch = waiting;
        waiting = [];
        options.consume(batch);
    };
    const timer = setInterval(drain, options.intervalMs ?? 1000);
    timer.unref();
    return {
        push(sample) {
            if (waiting.length < capacity)
                waiting.push(sample);
            else
                dropped++;
        },
        drain,
        get dropped() {
            return dropped;
        },
        close() {
            clearInterval(timer);
            drain();
        },
    };
}
//# sourceMappingURL=sample-queue.js.map