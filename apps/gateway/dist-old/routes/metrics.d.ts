import { type Route } from '../http/route.js';
import type { Metrics } from '../metrics/metrics.js';
/** `GET /metrics` (JSON per entity) and `GET /metrics/prometheus`; admins only. */
export declare function metricsRoutes(metrics: Metrics): Route[];
//# sourceMappingURL=metrics.d.ts.map