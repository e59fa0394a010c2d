import { collectDefaultMetrics, Gauge, Registry } from 'prom-client';
import { LabeledCounter, LabeledHistogram } from './labeled-metrics.js';
const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
/** JSON-RPC and HTTP answers that mean "rate limited". */
const RATE_LIMITED = new Set(['-32029', '429']);
/**
 * Counters and histograms for MCP requests, tool calls, upstream calls and HTTP (our own, folded per
 * batch), plus prom-client's process metrics and the gauges read at scrape time.
 */
export function createPrometheusMetrics(gauges) {
    const registry = new Registry();
    const registers = [registry];
    collectDefaultMetrics({ register: registry });
    const histogram = (name, help, labelNames) => new LabeledHistogram(name, help, labelNames, LATENCY_BUCKETS);
    const outcomes = {
        mcp: new LabeledCounter('switchyard_mcp_requests_total', 'MCP requests served', [
            'method',
            'server',
            'outcome',
        ]),
        tool: new LabeledCounter('switchyard_tool_calls_total', 'Tool calls', ['tool', 'outcome']),
        upstream: new LabeledCounter('switchyard_upstream_requests_total', 'Requests sent to upstreams', ['upstream', 'method', 'outcome']),
        http: new LabeledCounter('switchyard_http_requests_total', 'HTTP requests', [
            'method',
            'route',
            'status',
        ]),
    };
    const durations = {
        mcp: histogram('switchyard_mcp_request_duration_seconds', 'MCP request duration', ['method']),
        tool: histogram('switchyard_tool_call_duration_seconds', 'Tool call duration', ['tool']),
        upstream: histogram('switchyard_upstream_request_duration_seconds', 'Upstream request duration', ['upstream']),
        http: histogram('switchyard_http_request_duration_seconds', 'HTTP request duration', [
            'method',
            'route',
        ]),
    };
    const errors = new LabeledCounter('switchyard_errors_total', 'Failed calls by kind and error.type', ['kind', 'error_type']);
    const rejections = new LabeledCounter('switchyard_rate_limit_rejections_total', 'Requests refused by a rate limit', ['kind']);
    const own = [...Object.values(outcomes), ...Object.values(durations), errors, rejections];
    const gauge = (name, help, read) => new Gauge({
        name,
        help,
        labelNames: ['upstream'],
        registers,
        collect() {
            this.reset();
            for (const [upstream, value] of read())
                this.set({ upstream }, value);
        },
    });
    gauge('switchyard_upstream_up', 'Upstream health: 1 active, 0 not', gauges.upstreamUp);
    gauge('switchyard_upstream_pool_sessions', 'Open pooled upstream sessions', gauges.poolSessions);
    new Gauge({
        name: 'switchyard_metrics_dropped_samples',
        help: 'Samples dropped because the metrics queue was full',
        registers,
        collect() {
            this.set(gauges.droppedSamples());
        },
    });
    return {
        observe(batch) {
            for (const s of batch) {
                const outcome = s.error === undefined ? 'ok' : 'error';
                if (s.kind === 'mcp') {
                    outcomes.mcp.inc({ method: s.method, server: s.name, outcome });
                    durations.mcp.observe({ method: s.method }, s.seconds);
                }
                else if (s.kind === 'tool') {
                    outcomes.tool.inc({ tool: s.name, outcome });
                    durations.tool.observe({ tool: s.name }, s.seconds);
                }
                else if (s.kind === 'upstream') {
                    outcomes.upstream.inc({ upstream: s.name, method: s.method, outcome });
                    durations.upstream.observe({ upstream: s.name }, s.seconds);
                }
                else if (s.kind === 'http') {
                    outcomes.http.inc({ method: s.method, route: s.name, status: String(s.status ?? 0) });
                    durations.http.observe({ method: s.method, route: s.name }, s.seconds);
                }
                if (s.error === undefined)
                    continue;
                const kind = s.kind === 'refused' ? 'mcp' : s.kind;
                errors.inc({ kind, error_type: s.error });
                if (RATE_LIMITED.has(s.error) && (kind === 'mcp' || kind === 'http'))
                    rejections.inc({ kind });
            }
        },
        scrape: async () => `${await registry.metrics()}\n${own.map((metric) => metric.format()).join('\n\n')}\n`,
        contentType: registry.contentType,
    };
}
//# sourceMappingURL=prometheus.js.map