import { type Registry } from '@switchyard/core';
import { type Route } from '../http/route.js';
/** User accounts; admins manage them, users may read their own. */
export declare function userRoutes(registry: Registry): Route[];
//# sourceMappingURL=users.d.ts.map