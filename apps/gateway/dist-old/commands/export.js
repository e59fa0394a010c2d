import { EXPORT_KINDS, exportRegistry, GatewayError } from '@switchyard/core';
import { withRegistry } from './with-registry.js';
/** Exports the registry as JSON text (secrets stay sealed). */
export async function exportCommand(config, options) {
    const unknown = (options.types ?? []).filter((t) => !EXPORT_KINDS.includes(t));
    if (unknown.length > 0) {
        throw new GatewayError('VALIDATION_FAILED', `--types: unknown ${unknown.join(', ')}; use ${EXPORT_KINDS.join(', ')}`);
    }
    const document = await withRegistry(config, (registry) => exportRegistry(registry.context, {
        ...(options.types && { kinds: options.types }),
        exportedBy: 'switchyard export',
    }));
    return `${JSON.stringify(document, null, 2)}\n`;
}
//# sourceMappingURL=export.js.map