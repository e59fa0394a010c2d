// ../../packages/core/dist/limits/in-process-limiter.js
function createInProcessLimiter(options = {}) {
	const now = options.now ?? Date.now;
	const maxBuckets = options.maxBuckets ?? 1e5;
	const sweepIntervalMs = options.sweepIntervalMs ?? 6e4;
	const buckets = new Map();
	let sweptAt = now();
	function sweep(at) {
		sweptAt = at;
		for (const [key, bucket] of buckets) if (at - bucket.at >= bucket.windowMs) buckets.delete(key);
	}
	function take(key, limit) {
		const at = now();
		if (at - sweptAt >= sweepIntervalMs) sweep(at);
		const windowMs = limit.windowSeconds * 1e3;
		const perMs = limit.requests / windowMs;
		const bucket = buckets.get(key);
		const tokens = bucket ? Math.min(limit.requests, bucket.tokens + Math.max(0, at - bucket.at) * perMs) : limit.requests;
		buckets.delete(key);
		const allowed = tokens >= 1;
		buckets.set(key, {
			tokens: allowed ? tokens - 1 : tokens,
			at,
			windowMs
		});
		if (buckets.size > maxBuckets) buckets.delete(buckets.keys().next().value);
		return {
			allowed,
			retryAfterMs: allowed ? 0 : Math.ceil((1 - tokens) / perMs)
		};
	}
	return {
		take: (key, limit) => Promise.resolve(take(key, limit)),
		close: () => Promise.resolve(buckets.clear()),
		get size() {
			return buckets.size;
		}
	};
}
export { createInProcessLimiter as t };
