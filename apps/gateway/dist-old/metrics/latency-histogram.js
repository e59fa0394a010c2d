/** Bins on a log scale: bin 0 holds up to `firstMs`, each next bin's bound is `growth` times larger. */
export class LatencyScale {
    firstMs;
    growth;
    bins;
    #logGrowth;
    constructor(firstMs, growth, bins) {
        this.firstMs = firstMs;
        this.growth = growth;
        this.bins = bins;
        this.#logGrowth = Math.log(growth);
    }
    binOf(ms) {
        if (!(ms > this.firstMs))
            return 0;
        return Math.min(this.bins - 1, Math.ceil(Math.log(ms / this.firstMs) / this.#logGrowth));
    }
    /** The upper bound of a bin. */
    bound(bin) {
        return this.firstMs * this.growth ** bin;
    }
}
/** Calls, failures and latencies binned on a scale: percentiles within a bin's width, mergeable. */
export class LatencyHistogram {
    scale;
    calls = 0;
    failures = 0;
    maxMs = 0;
    #counts;
    constructor(scale) {
        this.scale = scale;
        this.#counts = new Uint32Array(scale.bins);
    }
    add(ms, failed) {
        this.calls++;
        if (failed)
            this.failures++;
        if (ms > this.maxMs)
            this.maxMs = ms;
        this.#counts[this.scale.binOf(ms)]++;
    }
    /**
     * The upper bound of the bin holding the q-th call (nearest rank), never above the slowest call;
     * the slowest call when it is in the last bin, which has no upper bound.
     */
    quantile(q) {
        if (this.calls === 0)
            return null;
        const rank = Math.ceil(q * this.calls);
        const last = this.#counts.length - 1;
        let seen = 0;
        for (let bin = 0; bin < last; bin++) {
            seen += this.#counts[bin];
            if (seen >= rank)
                return round(Math.min(this.scale.bound(bin), this.maxMs));
        }
        return round(this.maxMs);
    }
    tally() {
        const bins = [];
        for (let bin = 0; bin < this.#counts.length; bin++) {
            const calls = this.#counts[bin];
            if (calls > 0)
                bins.push([bin, calls]);
        }
        return { calls: this.calls, failures: this.failures, maxMs: this.maxMs, bins };
    }
    /** Adds another histogram's tally on the same scale (bins outside it count in the last one). */
    merge(tally) {
        this.calls += tally.calls;
        this.failures += tally.failures;
        if (tally.maxMs > this.maxMs)
            this.maxMs = tally.maxMs;
        const last = this.#counts.length - 1;
        for (const [bin, calls] of tally.bins)
            this.#counts[Math.min(Math.max(0, bin), last)] += calls;
    }
}
/** Rounded to the microsecond. */
export const round = (x) => Math.round(x * 1000) / 1000;
//# sourceMappingURL=latency-histogram.js.map