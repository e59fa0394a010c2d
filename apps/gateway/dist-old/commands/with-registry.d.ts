import type { Registry } from '@switchyard/core';
import type { GatewayConfig } from '../config/env-schema.js';
/**
 * Opens the configured registry for one CLI command, closing it after. On PostgreSQL its changes (an
 * import) are announced to the running replicas, as a change made through one of them would be.
 */
export declare function withRegistry<T>(config: GatewayConfig, work: (registry: Registry) => Promise<T>): Promise<T>;
//# sourceMappingURL=with-registry.d.ts.map