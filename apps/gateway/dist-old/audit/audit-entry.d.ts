import type { Principal } from '@switchyard/auth';
import type { AuditEntry, AuditOutcome } from '@switchyard/core';
/** What an audit entry says about the request itself. */
export interface AuditedRequest {
    method: string;
    /** The URL path (never the query string). */
    path: string;
    /** The matched REST route's path pattern, such as `/gateways/:id/state`. */
    routePath?: string | undefined;
    /** A path parameter of the matched route. */
    param?: (name: string) => string | undefined;
    principal?: Principal | undefined;
    clientAddress: string | null;
    /** The caller's `X-Request-Id`, if any. */
    requestId: string | undefined;
}
/** The audit entry of an answered request: `createdId` names what a create made. */
export declare function auditEntry(request: AuditedRequest, outcome: AuditOutcome, status: number, detail?: {
    reason?: string | undefined;
    createdId?: string | undefined;
}): AuditEntry;
//# sourceMappingURL=audit-entry.d.ts.map