import { AuditQuerySchema, BooleanParamSchema } from '@switchyard/core';
import { defineRoute } from '../http/route.js';
import { pageResponse } from './crud.js';
/** `GET /audit`: administrative changes and denied requests, newest first; admins only. */
export function auditRoutes(audit) {
    return [
        defineRoute({
            method: 'get',
            path: '/audit',
            summary: 'List audit records (changes and denied requests), newest first; filter by since, until, principal, action, outcome, entity (kind or kind:id)',
            tag: 'Audit',
            query: AuditQuerySchema.extend({ includePagination: BooleanParamSchema.optional() }),
            async handle({ c, query, authorize }) {
                authorize('admin.audit');
                return pageResponse(c, await audit.list(query), query.includePagination);
            },
        }),
    ];
}
//# sourceMappingURL=audit.js.map