import { l as TraceFlags, n as init_esm } from "./esm-CNhVgyyx.js";
// dist/telemetry/sampler.js
init_esm();
const parentBasedAlwaysOn = (parent) => parent === void 0 || (parent.traceFlags & TraceFlags.SAMPLED) !== 0;
function createSampler(name, ratio) {
	if (name === "parentbased_always_on") return parentBasedAlwaysOn;
	const parentBased = name.startsWith("parentbased_");
	const root = rootSampler(parentBased ? name.slice(12) : name, ratio);
	if (!parentBased) return root;
	return (parent, traceId) => parent === void 0 ? root(parent, traceId) : (parent.traceFlags & TraceFlags.SAMPLED) !== 0;
}
function rootSampler(name, ratio) {
	if (name === "always_on") return () => true;
	if (name === "always_off") return () => false;
	return traceIdRatio(ratio);
}
const MAX_THRESHOLD = 2n ** 56n;
function traceIdRatio(ratio) {
	const threshold = BigInt(Math.round((1 - ratio) * 2 ** 56));
	if (threshold <= 0n) return () => true;
	if (threshold >= MAX_THRESHOLD) return () => false;
	const digits = threshold.toString(16).padStart(14, "0");
	return (_parent, traceId) => traceId.slice(18) >= digits;
}
export { parentBasedAlwaysOn as n, createSampler as t };
