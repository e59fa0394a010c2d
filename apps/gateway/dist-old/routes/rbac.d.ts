import { type Registry } from '@switchyard/core';
import { type Route } from '../http/route.js';
/** Roles, their assignment to users, and the caller's own permissions with "why (not)" answers. */
export declare function rbacRoutes(registry: Registry): Route[];
//# sourceMappingURL=rbac.d.ts.map