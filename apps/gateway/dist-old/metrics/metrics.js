import { EntityStats } from './entity-stats.js';
import { createPrometheusMetrics } from './prometheus.js';
import { createSampleQueue } from './sample-queue.js';
import { createTimeSeries } from './timeseries.js';
/** The lists of a report, each the figures of one kind of entity. */
export const ENTITY_LISTS = ['tools', 'servers', 'upstreams'];
/** The list each kind of sample counts in: a server's figures count its MCP requests of every method. */
const LIST_OF = { tool: 'tools', mcp: 'servers', upstream: 'upstreams' };
const newLists = () => ({
    tools: new EntityStats(),
    servers: new EntityStats(),
    upstreams: new EntityStats(),
});
/** Metrics fed through a bounded queue, so that recording costs the request path one array push. */
export function createMetrics(options) {
    const lists = newLists();
    const prometheus = createPrometheusMetrics({
        ...options.gauges,
        droppedSamples: () => queue.dropped,
    });
    const series = createTimeSeries();
    const queue = createSampleQueue({
        ...(options.intervalMs !== undefined && { intervalMs: options.intervalMs }),
        consume(batch) {
            prometheus.observe(batch);
            series.add(batch);
            for (const s of batch) {
                if (s.kind === 'http' || s.kind === 'refused')
                    continue;
                lists[LIST_OF[s.kind]].add(s.name, s.seconds * 1000, s.error !== undefined, s.at, s.id);
            }
        },
    });
    let peers;
    const listed = (all) => ENTITY_LISTS.flatMap((list) => lists[list].changed(all).map((tally) => ({ list, tally })));
    return {
        record: (sample) => queue.push(sample),
        async report() {
            const others = (await peers?.entities()) ?? [];
            queue.drain();
            let sums = lists;
            if (others.length > 0) {
                sums = newLists();
                for (const list of ENTITY_LISTS)
                    for (const tally of lists[list].tallies())
                        sums[list].merge(tally);
                for (const other of others)
                    for (const { list, tally } of other.entities)
                        sums[list].merge(tally);
            }
            return {
                tools: sums.tools.list(),
                servers: sums.servers.list(),
                upstreams: sums.upstreams.list(),
                droppedSamples: others.reduce((n, other) => n + other.droppedSamples, queue.dropped),
                replicas: others.length + 1,
            };
        },
        async prometheus() {
            queue.drain();
            return { body: await prometheus.scrape(), contentType: prometheus.contentType };
        },
        async timeseries(kind, name, buckets) {
            const cells = (await peers?.cells(kind, name, series.indices(buckets))) ?? [];
            queue.drain();
            if (cells.length === 0)
                return series.read(kind, name, buckets);
            const total = createTimeSeries();
            for (const cell of [...series.cellsOf(kind, name), ...cells])
                total.merge(cell);
            return total.read(kind, name, buckets);
        },
        changes(all) {
            queue.drain();
            const entities = listed(all);
            const { oldest, cells } = series.changed(all);
            return { droppedSamples: queue.dropped, entities, cells, oldest };
        },
        shareWith(shared) {
            peers = shared;
        },
        close: () => queue.close(),
    };
}
//# sourceMappingURL=metrics.js.map