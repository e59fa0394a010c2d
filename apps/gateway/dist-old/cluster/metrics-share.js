import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { z } from 'zod';
import { ENTITY_LISTS, } from '../metrics/metrics.js';
/** The layout of the published figures; replicas that publish another one are left out. */
const FORMAT = 1;
const Histogram = z.object({
    calls: z.number(),
    failures: z.number(),
    maxMs: z.number(),
    bins: z.array(z.tuple([z.number().int(), z.number()])),
});
const Entity = Histogram.extend({
    name: z.string(),
    id: z.string().optional(),
    totalMs: z.number(),
    lastAt: z.number(),
});
const Meta = z.object({ format: z.literal(FORMAT), droppedSamples: z.number() });
/**
 * Each replica publishes what changed in its figures every interval, into two Redis hashes that
 * lapse unless refreshed (so a killed replica's figures leave the sums by themselves):
 * `{prefix}metrics:{replica}:entities` (field `meta`, and `{list}:{name}` per entity) and
 * `{prefix}metrics:{replica}:series` (`{bucket}:{kind}` per kind's total, `{bucket}:{kind}:{name}`
 * per entity), and lists itself in the set `{prefix}metrics:replicas`, which readers prune of
 * lapsed members. A reader fetches every replica's entities for `/metrics`, and for a time series
 * only the cells of the entity asked for.
 */
export function createMetricsShare(options) {
    const { prefix, onError } = options;
    const intervalMs = options.intervalMs ?? 2_000;
    const lifetimeMs = intervalMs * 3;
    const self = randomUUID();
    const members = `${prefix}metrics:replicas`;
    const entitiesKey = (id) => `${prefix}metrics:${id}:entities`;
    const seriesKey = (id) => `${prefix}metrics:${id}:series`;
    const cellField = (index, kind, name) => name === null ? `${index}:${kind}` : `${index}:${kind}:${name}`;
    // Commands fail at once while Redis is away instead of queueing: the sums then leave others out.
    const redis = new Redis(options.redisUrl, {
        maxRetriesPerRequest: 1,
        enableOfflineQueue: false,
        commandTimeout: 1_000,
    });
    redis.on('error', onError);
    // Everything is published the first time and after the hashes were found gone (or a write failed).
    let everything = true;
    /** The series fields written per bucket, deleted when the bucket leaves the window. */
    const written = new Map();
    const publish = async () => {
        const all = everything;
        everything = true;
        if (all)
            written.clear();
        const changes = options.changes(all);
        const entities = {
            meta: JSON.stringify({ format: FORMAT, droppedSamples: changes.droppedSamples }),
        };
        for (const { list, tally } of changes.entities)
            entities[`${list}:${tally.name}`] = JSON.stringify(tally);
        const cells = {};
        for (const { index, kind, name, tally } of changes.cells) {
            const field = cellField(index, kind, name);
            cells[field] = JSON.stringify(tally);
            written.set(index, (written.get(index) ?? new Set()).add(field));
        }
        const stale = [];
        for (const [index, fields] of written) {
            if (index >= changes.oldest)
                continue;
            stale.push(...fields);
            written.delete(index);
        }
        const write = redis.multi().hexists(entitiesKey(self), 'meta').hset(entitiesKey(self), entities);
        if (Object.keys(cells).length > 0)
            write.hset(seriesKey(self), cells);
        if (stale.length > 0)
            write.hdel(seriesKey(self), ...stale);
        write
            .pexpire(entitiesKey(self), lifetimeMs)
            .pexpire(seriesKey(self), lifetimeMs)
            .sadd(members, self);
        const [[, found] = []] = (await write.exec()) ?? [];
        everything = false;
        // hashes found gone (Redis restarted empty, or this replica stalled for three intervals) are
        // written whole at once
        if (!all && found === 0) {
            everything = true;
            await publish();
        }
    };
    const timer = setInterval(() => {
        publish().catch(onError);
    }, intervalMs);
    timer.unref();
    /** Every other replica in the set, with what `read` fetched for it (in one round trip). */
    const others = async (read) => {
        const ids = (await redis.smembers(members)).filter((id) => id !== self);
        if (ids.length === 0)
            return [];
        const pipeline = redis.pipeline();
        for (const id of ids)
            read(pipeline, id);
        const results = (await pipeline.exec()) ?? [];
        return ids.map((id, i) => {
            const [error, value] = results[i] ?? [];
            if (error)
                throw error;
            return { id, value: value };
        });
    };
    const usable = (id, what, parse) => {
        try {
            return parse();
        }
        catch (error) {
            onError(new Error(`replica ${id}'s ${what} is not usable`, { cause: error }));
            return undefined;
        }
    };
    return {
        async entities() {
            try {
                const read = await others((pipeline, id) => {
                    pipeline.hgetall(entitiesKey(id));
                });
                const lapsed = read.filter(({ value }) => value.meta === undefined).map(({ id }) => id);
                if (lapsed.length > 0)
                    redis.srem(members, ...lapsed).catch(onError);
                return read.flatMap(({ id, value }) => {
                    const { meta, ...fields } = value;
                    if (meta === undefined)
                        return [];
                    const header = usable(id, 'metrics', () => Meta.parse(JSON.parse(meta)));
                    if (!header)
                        return [];
                    const entities = [];
                    for (const [field, json] of Object.entries(fields)) {
                        const list = ENTITY_LISTS.find((known) => field.startsWith(`${known}:`));
                        const tally = usable(id, `metrics of ${field}`, () => Entity.parse(JSON.parse(json)));
                        if (tally && list)
                            entities.push({ list, tally });
                    }
                    return [{ droppedSamples: header.droppedSamples, entities }];
                });
            }
            catch (error) {
                onError(error);
                return [];
            }
        },
        async cells(kind, name, indices) {
            try {
                const fields = indices.map((index) => cellField(index, kind, name));
                const read = await others((pipeline, id) => {
                    pipeline.hmget(seriesKey(id), ...fields);
                });
                return read.flatMap(({ id, value }) => value.flatMap((json, i) => {
                    if (json === null)
                        return [];
                    const tally = usable(id, `metrics of ${fields[i]}`, () => Histogram.parse(JSON.parse(json)));
                    return tally ? [{ index: indices[i], kind, name, tally }] : [];
                }));
            }
            catch (error) {
                onError(error);
                return [];
            }
        },
        async close() {
            clearInterval(timer);
            await redis
                .multi()
                .del(entitiesKey(self), seriesKey(self))
                .srem(members, self)
                .exec()
                .catch(onError);
            await redis.quit().catch(() => redis.disconnect());
        },
    };
}
//# sourceMappingURL=metrics-share.js.map