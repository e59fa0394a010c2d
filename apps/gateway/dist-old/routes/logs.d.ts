import { type Route } from '../http/route.js';
import { type LogRing } from '../logs/log-ring.js';
/** `GET /admin/logs/stream`: recent and live log records as server-sent events; admins only. */
export declare function logRoutes(logs: LogRing): Route[];
//# sourceMappingURL=logs.d.ts.map