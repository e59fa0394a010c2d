import { type Registry } from '@switchyard/core';
import { type Route } from '../http/route.js';
/** Export and import of the whole registry (admins only). */
export declare function transferRoutes(registry: Registry): Route[];
//# sourceMappingURL=transfer.d.ts.map