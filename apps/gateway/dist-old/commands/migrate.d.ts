import type { GatewayConfig } from '../config/env-schema.js';
/** Applies pending store migrations and reports what was done. */
export declare function migrateCommand(config: GatewayConfig): Promise<string>;
//# sourceMappingURL=migrate.d.ts.map