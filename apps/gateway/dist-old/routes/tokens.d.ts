import { type Registry } from '@switchyard/core';
import { type Route } from '../http/route.js';
/** API tokens: created by a signed-in user, shown once, listed, read and revoked by their owner. */
export declare function tokenRoutes(registry: Registry): Route[];
//# sourceMappingURL=tokens.d.ts.map