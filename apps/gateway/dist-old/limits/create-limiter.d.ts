import { type RateLimiter } from '@switchyard/core';
import type { GatewayConfig } from '../config/env-schema.js';
import type { Logger } from '../logger.js';
/** The gateway's limiter: shared through Redis when REDIS_URL is set (ioredis loaded only then), in process otherwise. */
export declare function createLimiter(config: GatewayConfig, logger: Logger): Promise<RateLimiter>;
//# sourceMappingURL=create-limiter.d.ts.map