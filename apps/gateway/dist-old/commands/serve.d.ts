import type { GatewayConfig } from '../config/env-schema.js';
/** Options of `switchyard serve`: overrides of HOST and PORT. */
export interface ServeCommandOptions {
    host?: string;
    port?: number;
}
/**
 * Runs the gateway server until SIGINT or SIGTERM, then shuts down gracefully: no new work, the
 * calls under way finish (up to SHUTDOWN_TIMEOUT_SECONDS), sessions and upstreams close. A second
 * signal ends the process at once.
 */
export declare function serveCommand(config: GatewayConfig, options: ServeCommandOptions): Promise<void>;
//# sourceMappingURL=serve.d.ts.map