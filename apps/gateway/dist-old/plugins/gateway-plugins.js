import { resolve } from 'node:path';
import { createPluginHost, isGatewayError, loadPlugins } from '@switchyard/core';
import { ConfigError } from '../config/config-error.js';
import { urlPolicyOf } from '../open-registry.js';
/**
 * Loads the plugins of PLUGINS_CONFIG (none when unset); a bad file is a ConfigError naming the
 * file and the field. Skipped failures of permissive plugins are logged as warnings.
 */
export async function loadGatewayPlugins(config, logger) {
    if (config.pluginsConfig === undefined)
        return undefined;
    const file = resolve(config.pluginsConfig);
    try {
        const entries = await loadPlugins(file, { urlPolicy: urlPolicyOf(config) });
        logger.info({ plugins: entries.map((e) => `${e.name} (${e.mode})`), file }, 'plugins loaded');
        return createPluginHost(entries, {
            onEvent: (event) => logger.warn(event, `plugin '${event.plugin}' ${event.kind}; skipped`),
        });
    }
    catch (error) {
        if (isGatewayError(error) && error.code === 'INVALID_DOCUMENT')
            throw new ConfigError([{ variable: 'PLUGINS_CONFIG', reason: error.message }]);
        throw error;
    }
}
//# sourceMappingURL=gateway-plugins.js.map