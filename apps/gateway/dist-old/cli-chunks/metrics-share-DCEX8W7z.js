import { T as tuple, _ as number, c as array, h as literal, v as object, w as string } from "./schemas-B_kYbC5i.js";
import { t as require_built } from "./built-D76A5gD-.js";
import { t as ENTITY_LISTS } from "./metrics-DzIM5GjN.js";
import { randomUUID } from "node:crypto";
// dist/cluster/metrics-share.js
var import_built = require_built();
const FORMAT = 1;
const Histogram = object({
	calls: number(),
	failures: number(),
	maxMs: number(),
	bins: array(tuple([number().int(), number()]))
});
const Entity = Histogram.extend({
	name: string(),
	id: string().optional(),
	totalMs: number(),
	lastAt: number()
});
const Meta = object({
	format: literal(FORMAT),
	droppedSamples: number()
});
function createMetricsShare(options) {
	const { prefix, onError } = options;
	const intervalMs = options.intervalMs ?? 2e3;
	const lifetimeMs = intervalMs * 3;
	const self = randomUUID();
	const members = `${prefix}metrics:replicas`;
	const entitiesKey = (id) => `${prefix}metrics:${id}:entities`;
	const seriesKey = (id) => `${prefix}metrics:${id}:series`;
	const cellField = (index, kind, name) => name === null ? `${index}:${kind}` : `${index}:${kind}:${name}`;
	const redis = new import_built.Redis(options.redisUrl, {
		maxRetriesPerRequest: 1,
		enableOfflineQueue: false,
		commandTimeout: 1e3
	});
	redis.on("error", onError);
	let everything = true;
	const written = new Map();
	const publish = async () => {
		const all = everything;
		everything = true;
		if (all) written.clear();
		const changes = options.changes(all);
		const entities = { meta: JSON.stringify({
			format: FORMAT,
			droppedSamples: changes.droppedSamples
		}) };
		for (const { list, tally } of changes.entities) entities[`${list}:${tally.name}`] = JSON.stringify(tally);
		const cells = {};
		for (const { index, kind, name, tally } of changes.cells) {
			const field = cellField(index, kind, name);
			cells[field] = JSON.stringify(tally);
			written.set(index, (written.get(index) ?? new Set()).add(field));
		}
		const stale = [];
		for (const [index, fields] of written) {
			if (index >= changes.oldest) continue;
			stale.push(...fields);
			written.delete(index);
		}
		const write = redis.multi().hexists(entitiesKey(self), "meta").hset(entitiesKey(self), entities);
		if (Object.keys(cells).length > 0) write.hset(seriesKey(self), cells);
		if (stale.length > 0) write.hdel(seriesKey(self), ...stale);
		write.pexpire(entitiesKey(self), lifetimeMs).pexpire(seriesKey(self), lifetimeMs).sadd(members, self);
		const [[, found] = []] = await write.exec() ?? [];
		everything = false;
		if (!all && found === 0) {
			everything = true;
			await publish();
		}
	};
	const timer = setInterval(() => {
		publish().catch(onError);
	}, intervalMs);
	timer.unref();
	const others = async (read) => {
		const ids = (await redis.smembers(members)).filter((id) => id !== self);
		if (ids.length === 0) return [];
		const pipeline = redis.pipeline();
		for (const id of ids) read(pipeline, id);
		const results = await pipeline.exec() ?? [];
		return ids.map((id, i) => {
			const [error, value] = results[i] ?? [];
			if (error) throw error;
			return {
				id,
				value
			};
		});
	};
	const usable = (id, what, parse) => {
		try {
			return parse();
		} catch (error) {
			onError(new Error(`replica ${id}'s ${what} is not usable`, { cause: error }));
			return;
		}
	};
	return {
		async entities() {
			try {
				const read = await others((pipeline, id) => {
					pipeline.hgetall(entitiesKey(id));
				});
				const lapsed = read.filter(({ value }) => value.meta === void 0).map(({ id }) => id);
				if (lapsed.length > 0) redis.srem(members, ...lapsed).catch(onError);
				return read.flatMap(({ id, value }) => {
					const { meta, ...fields } = value;
					if (meta === void 0) return [];
					const header = usable(id, "metrics", () => Meta.parse(JSON.parse(meta)));
					if (!header) return [];
					const entities = [];
					for (const [field, json] of Object.entries(fields)) {
						const list = ENTITY_LISTS.find((known) => field.startsWith(`${known}:`));
						const tally = usable(id, `metrics of ${field}`, () => Entity.parse(JSON.parse(json)));
						if (tally && list) entities.push({
							list,
							tally
						});
					}
					return [{
						droppedSamples: header.droppedSamples,
						entities
					}];
				});
			} catch (error) {
				onError(error);
				return [];
			}
		},
		async cells(kind, name, indices) {
			try {
				const fields = indices.map((index) => cellField(index, kind, name));
				return (await others((pipeline, id) => {
					pipeline.hmget(seriesKey(id), ...fields);
				})).flatMap(({ id, value }) => value.flatMap((json, i) => {
					if (json === null) return [];
					const tally = usable(id, `metrics of ${fields[i]}`, () => Histogram.parse(JSON.parse(json)));
					return tally ? [{
						index: indices[i],
						kind,
						name,
						tally
					}] : [];
				}));
			} catch (error) {
				onError(error);
				return [];
			}
		},
		async close() {
			clearInterval(timer);
			await redis.multi().del(entitiesKey(self), seriesKey(self)).srem(members, self).exec().catch(onError);
			await redis.quit().catch(() => redis.disconnect());
		}
	};
}
export { createMetricsShare };
