import type { Registry, Store } from '@switchyard/core';
import { type Route } from '../http/route.js';
/** What the ops endpoints report. */
export interface OpsInfo {
    version: string;
    startedAt: Date;
    store: Store;
    registry: Registry;
    /** Whether Redis answers, when the gateway uses one. */
    redis?: () => Promise<boolean>;
}
/** Liveness, readiness and version. */
export declare function opsRoutes(info: OpsInfo): Route[];
//# sourceMappingURL=ops.d.ts.map