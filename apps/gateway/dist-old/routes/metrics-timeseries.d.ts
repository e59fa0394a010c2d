import { type Route } from '../http/route.js';
import type { Metrics } from '../metrics/metrics.js';
/** `GET /metrics/timeseries`: calls, failures and latency per minute over the last hour; admins only. */
export declare function metricsTimeSeriesRoutes(metrics: Metrics): Route[];
//# sourceMappingURL=metrics-timeseries.d.ts.map