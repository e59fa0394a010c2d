import { createSecretSealer } from '@switchyard/auth';
import { GatewayError, importRegistry } from '@switchyard/core';
import { withRegistry } from './with-registry.js';
/** Imports an export's JSON text (all or nothing) and returns a report to print. */
export async function importCommand(config, text, options) {
    let document;
    try {
        document = JSON.parse(text);
    }
    catch (error) {
        throw new GatewayError('MALFORMED_JSON', `the import file is not JSON: ${error.message}`);
    }
    const source = options.sourceSecret
        ? createSecretSealer({ secret: options.sourceSecret })
        : undefined;
    const report = await withRegistry(config, (registry) => importRegistry(registry.context, registry.passwords, document, {
        conflict: options.conflict,
        dryRun: options.dryRun,
        actor: { email: config.platformAdminEmail },
        ...(source && { openSealed: (sealed) => source.open(sealed) }),
    }));
    return `${JSON.stringify(report, null, 2)}\n`;
}
//# sourceMappingURL=import.js.map