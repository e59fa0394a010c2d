import { type ConflictStrategy } from '@switchyard/core';
import type { GatewayConfig } from '../config/env-schema.js';
export type { ConflictStrategy } from '@switchyard/core';
/** Options of `switchyard import`. */
export interface ImportCommandOptions {
    conflict: ConflictStrategy;
    dryRun: boolean;
    /** AUTH_ENCRYPTION_SECRET of the gateway the export came from, to re-seal its secrets. */
    sourceSecret?: string;
}
/** Imports an export's JSON text (all or nothing) and returns a report to print. */
export declare function importCommand(config: GatewayConfig, text: string, options: ImportCommandOptions): Promise<string>;
//# sourceMappingURL=import.d.ts.map