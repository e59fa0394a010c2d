import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
/**
 * The version of @switchyard/gateway, from its package.json (found by the package's own name, so
 * that it is the same from the bundled CLI's chunks as from the compiled modules).
 */
export const packageVersion = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('@switchyard/gateway/package.json'), 'utf8')).version;
//# sourceMappingURL=version.js.map