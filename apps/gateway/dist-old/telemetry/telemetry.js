import { LogRing } from '../logs/log-ring.js';
import { createMetrics } from '../metrics/metrics.js';
import { errorTypeOf } from './mcp-semconv.js';
import { observeBackend } from './observe-backend.js';
import { observeInvoker } from './observe-invokers.js';
import { inTaskSpan, observeJobs } from './observe-jobs.js';
import { observeStore } from './observe-store.js';
import { observeUpstreams } from './observe-upstream.js';
/**
 * Builds telemetry; when disabled, every wrapper hands back what it was given. The span recorder
 * and its OTLP exporter are loaded only when spans are exported.
 */
export async function createTelemetry(options) {
    const tracing = options.enabled && options.otlpEndpoint !== undefined
        ? await startTracing(options, options.otlpEndpoint)
        : undefined;
    let open = () => [];
    const metrics = createMetrics({
        gauges: {
            *upstreamUp() {
                for (const gateway of options.catalog().gateways.values())
                    yield [gateway.name, gateway.status === 'active' ? 1 : 0];
            },
            poolSessions: () => open(),
        },
    });
    return {
        enabled: options.enabled,
        metrics,
        tracing,
        logs: options.logs ?? new LogRing(),
        storeQueries: tracing && observeStore(tracing),
        connect(connect) {
            if (!options.enabled)
                return connect;
            const observed = observeUpstreams(connect, metrics, tracing);
            open = observed.open;
            return observed.connect;
        },
        backend(backend, serverId) {
            if (!options.enabled)
                return backend;
            const catalog = options.catalog();
            const server = serverId === null ? undefined : catalog.servers.get(serverId);
            const tools = new Set(server ? server.tools.map((m) => m.name) : catalog.toolsByName.keys());
            return observeBackend(backend, serverId, tools, metrics, tracing);
        },
        refused: options.enabled
            ? (method, error) => metrics.record({
                kind: 'refused',
                method,
                name: '',
                seconds: 0,
                at: Date.now(),
                error: errorTypeOf(error),
            })
            : undefined,
        invoker: (type, invoke) => options.enabled ? observeInvoker(type, invoke, metrics, tracing) : invoke,
        jobs: tracing && observeJobs(tracing),
        task: (name, run) => (tracing ? inTaskSpan(tracing, name, {}, run) : run()),
        flush: () => tracing?.flush() ?? Promise.resolve(),
        async close() {
            metrics.close();
            await tracing?.close();
        },
    };
}
/** The span recorder and its exporter, loaded only now. */
async function startTracing(options, endpoint) {
    const [{ createTracing }, { createSampler }] = await Promise.all([
        import('./tracing.js'),
        import('./sampler.js'),
    ]);
    return createTracing({
        endpoint,
        serviceName: options.serviceName,
        serviceVersion: options.version,
        ...(options.otlpHeaders && { headers: options.otlpHeaders }),
        ...(options.otlpProtocol && { protocol: options.otlpProtocol }),
        ...(options.warn && { warn: options.warn }),
        ...(options.sampler && { sampler: createSampler(options.sampler.name, options.sampler.ratio) }),
    });
}
//# sourceMappingURL=telemetry.js.map