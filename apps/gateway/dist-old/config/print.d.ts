import type { GatewayConfig } from './env-schema.js';
/** The effective configuration as `NAME=value` lines in table order, secrets masked. */
export declare function formatConfig(config: GatewayConfig): string;
//# sourceMappingURL=print.d.ts.map