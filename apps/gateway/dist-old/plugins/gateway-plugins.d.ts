import { type PluginHost } from '@switchyard/core';
import type { GatewayConfig } from '../config/env-schema.js';
import type { Logger } from '../logger.js';
/**
 * Loads the plugins of PLUGINS_CONFIG (none when unset); a bad file is a ConfigError naming the
 * file and the field. Skipped failures of permissive plugins are logged as warnings.
 */
export declare function loadGatewayPlugins(config: GatewayConfig, logger: Logger): Promise<PluginHost | undefined>;
//# sourceMappingURL=gateway-plugins.d.ts.map