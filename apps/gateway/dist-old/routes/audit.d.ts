import { type AuditLog } from '@switchyard/core';
import { type Route } from '../http/route.js';
/** `GET /audit`: administrative changes and denied requests, newest first; admins only. */
export declare function auditRoutes(audit: AuditLog): Route[];
//# sourceMappingURL=audit.d.ts.map