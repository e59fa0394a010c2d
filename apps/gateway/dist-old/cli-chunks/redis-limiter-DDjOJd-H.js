import { t as createInProcessLimiter } from "./in-process-limiter-Bz7wecDq.js";
import { t as require_built } from "./built-D76A5gD-.js";
// dist/limits/redis-limiter.js
var import_built = require_built();
const TAKE = `
local capacity = tonumber(ARGV[1])
local windowMs = tonumber(ARGV[2])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local perMs = capacity / windowMs
local tokens = capacity
if state[1] then
  tokens = math.min(capacity, tonumber(state[1]) + math.max(0, now - tonumber(state[2])) * perMs)
end
local allowed = 0
local retryMs = 0
if tokens >= 1 then
  tokens = tokens - 1
  allowed = 1
else
  retryMs = math.ceil((1 - tokens) / perMs)
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', now)
redis.call('PEXPIRE', KEYS[1], windowMs)
return { allowed, retryMs }
`;
const AWAY = new Set([
	"reconnecting",
	"close",
	"end"
]);
function createRedisLimiter(options) {
	const redis = new import_built.Redis(options.url, {
		keyPrefix: options.keyPrefix,
		lazyConnect: true,
		maxRetriesPerRequest: 1,
		commandTimeout: 2e3
	});
	redis.on("error", () => void 0);
	redis.defineCommand("switchyardTake", {
		numberOfKeys: 1,
		lua: TAKE
	});
	const take = redis.switchyardTake.bind(redis);
	const local = createInProcessLimiter();
	let away = false;
	const fallBack = (error, key, limit) => {
		if (!away) options.onOutage?.(error);
		away = true;
		return local.take(key, limit);
	};
	return {
		async take(key, limit) {
			if (AWAY.has(redis.status)) return fallBack(new Error(`Redis is ${redis.status}`), key, limit);
			try {
				const [allowed, retryAfterMs] = await take(key, limit.requests, limit.windowSeconds * 1e3);
				away = false;
				return {
					allowed: allowed === 1,
					retryAfterMs
				};
			} catch (error) {
				return fallBack(error, key, limit);
			}
		},
		ping: () => redis.ping().then(() => true, () => false),
		async close() {
			await local.close();
			await redis.quit().catch(() => redis.disconnect());
		}
	};
}
export { createRedisLimiter };
