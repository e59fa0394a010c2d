import type { GatewayConfig } from './config/env-schema.js';
import { type Gateway, type GatewayOptions } from './gateway.js';
import type { Logger } from './logger.js';
/** A gateway listening on a port. */
export interface RunningGateway extends Gateway {
    url: string;
    /**
     * Stops accepting connections and new work, lets the requests under way finish (up to
     * SHUTDOWN_TIMEOUT_SECONDS), then closes sessions, streams, upstreams and the store.
     */
    stop(): Promise<void>;
}
/** Composes the gateway and listens on `config.host:config.port`. */
export declare function startGateway(config: GatewayConfig, logger: Logger, options?: GatewayOptions): Promise<RunningGateway>;
//# sourceMappingURL=server.d.ts.map