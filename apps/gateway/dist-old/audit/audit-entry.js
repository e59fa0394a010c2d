import { randomUUID } from 'node:crypto';
const KINDS = {
    a2a: 'a2a_agent',
    grpc: 'grpc_service',
    auth: 'auth',
    export: 'export',
    import: 'import',
};
const VERBS = {
    state: 'state',
    refresh: 'refresh',
    rollback: 'rollback',
    login: 'login',
    logout: 'logout',
};
const METHOD_VERBS = {
    POST: 'create',
    PUT: 'update',
    PATCH: 'update',
    DELETE: 'delete',
};
const MCP_PATH = /^(?:\/v1)?(?:\/servers\/([^/]+))?\/(?:mcp|sse|message|rpc|ws)\/?$/;
function describe(request) {
    if (request.routePath === undefined) {
        const server = MCP_PATH.exec(request.path)?.[1];
        return {
            action: 'mcp.access',
            entityKind: server === undefined ? null : 'server',
            entityId: server === undefined ? null : decodeURIComponent(server),
        };
    }
    const segments = request.routePath.split('/').filter(Boolean);
    const [first = ''] = segments;
    if (first === 'import')
        return { action: 'import', entityKind: null, entityId: null };
    const kind = KINDS[first] ?? first.replace(/s$/, '');
    const verb = VERBS[segments.at(-1) ?? ''] ?? METHOD_VERBS[request.method] ?? 'read';
    const id = request.param?.('id') ?? request.param?.('email') ?? request.param?.('name');
    return { action: `${kind}.${verb}`, entityKind: kind, entityId: id ?? null };
}
/** The audit entry of an answered request: `createdId` names what a create made. */
export function auditEntry(request, outcome, status, detail = {}) {
    const described = describe(request);
    const principal = request.principal?.email ? request.principal : undefined;
    return {
        at: new Date().toISOString(),
        principal: principal?.email ?? null,
        tokenId: principal?.tokenId ?? null,
        ...described,
        entityId: described.entityId ?? detail.createdId ?? null,
        method: request.method,
        path: request.path,
        outcome,
        status,
        reason: detail.reason?.slice(0, 500) ?? null,
        clientAddress: request.clientAddress,
        requestId: request.requestId?.slice(0, 128) ?? randomUUID(),
    };
}
//# sourceMappingURL=audit-entry.js.map