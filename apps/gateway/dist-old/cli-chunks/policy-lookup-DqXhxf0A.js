import { i as isGatewayError } from "./errors-CVlhFQwO.js";
import { isIP } from "node:net";
import { lookup, promises } from "node:dns";
// ../../packages/core/dist/rest/policy-lookup.js
function policyLookup(policy) {
	return (hostname, options, callback) => {
		lookup(hostname, options, (error, address, family) => {
			if (error) return callback(error, address, family);
			try {
				for (const entry of Array.isArray(address) ? address : [{ address }]) policy.checkAddress(hostname, entry.address);
			} catch (denied) {
				return callback(denied, "", 0);
			}
			callback(null, address, family);
		});
	};
}
async function checkResolved(policy, url) {
	policy.check(url);
	const host = (typeof url === "string" ? new URL(url) : url).hostname.replace(/^\[|\]$/g, "");
	if (isIP(host) !== 0) return;
	const addresses = await promises.lookup(host, { all: true }).catch(() => []);
	for (const { address } of addresses) policy.checkAddress(host, address);
}
function outboundRefusal(error) {
	for (let current = error, depth = 0; current instanceof Error && depth < 6; depth++) {
		if (isGatewayError(current) && current.code === "FORBIDDEN_URL") return current;
		current = current.cause;
	}
}
export { outboundRefusal as n, policyLookup as r, checkResolved as t };
