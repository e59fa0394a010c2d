import type { GatewayConfig } from '../config/env-schema.js';
/** Options of `switchyard export`. */
export interface ExportCommandOptions {
    /** Entity types to export, such as ['tools', 'gateways']; all when absent. */
    types?: string[];
}
/** Exports the registry as JSON text (secrets stay sealed). */
export declare function exportCommand(config: GatewayConfig, options: ExportCommandOptions): Promise<string>;
//# sourceMappingURL=export.d.ts.map