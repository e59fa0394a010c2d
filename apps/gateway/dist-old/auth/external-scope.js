import { bearerChallenge, permits } from '@switchyard/auth';
import { GatewayError } from '@switchyard/core';
/** The permission each MCP method needs from an external token; others need only a valid token. */
const METHOD_PERMISSIONS = {
    'tools/list': 'tools.read',
    'tools/call': 'tools.execute',
    'resources/list': 'resources.read',
    'resources/templates/list': 'resources.read',
    'resources/read': 'resources.read',
    'resources/subscribe': 'resources.read',
    'resources/unsubscribe': 'resources.read',
    'prompts/list': 'prompts.read',
    'prompts/get': 'prompts.execute',
};
/** The permission a JSON-RPC request needs (completion follows its reference's kind). */
export function permissionForMethod(method, params) {
    if (method === 'completion/complete') {
        const ref = params?.ref;
        return ref?.type === 'ref/resource' ? 'resources.read' : 'prompts.read';
    }
    return METHOD_PERMISSIONS[method];
}
async function requestsOf(request) {
    if (request.method !== 'POST')
        return [];
    let body;
    try {
        body = JSON.parse(await request.clone().text());
    }
    catch {
        return []; // The face answers the parse error.
    }
    return (Array.isArray(body) ? body : [body]).flatMap((message) => {
        const { id, method, params } = (message ?? {});
        return typeof method === 'string' ? [{ id, method, params }] : [];
    });
}
const unique = (values) => [...new Set(values)];
/**
 * The 403 `insufficient_scope` answer (JSON-RPC error body, step-up challenge naming the scopes to
 * ask for) when an external token lacks a required scope or a permission the request needs;
 * undefined when it may proceed.
 */
export async function insufficientScope(request, principal, server) {
    const held = principal.oauthScopes ?? [];
    const granted = principal.scopes ?? [];
    const missingScopes = server.requiredScopes.filter((scope) => !held.includes(scope));
    const messages = await requestsOf(request);
    const missing = unique(messages.flatMap((m) => permissionForMethod(m.method, m.params) ?? [])).filter((permission) => !permits(granted, permission));
    if (missingScopes.length === 0 && missing.length === 0)
        return undefined;
    const granting = missing.flatMap((permission) => {
        const entry = Object.entries(server.scopeMap).find(([, list]) => permits(list, permission));
        return entry ? [entry[0]] : [];
    });
    const scopes = unique([...held, ...server.requiredScopes, ...granting]);
    const lacking = [
        ...missingScopes.map((scope) => `scope '${scope}'`),
        ...missing.map((permission) => `permission '${permission}'`),
    ];
    const message = `the access token lacks ${lacking.join(', ')} on server '${server.serverId}'; request a token with scope "${scopes.join(' ')}"`;
    const error = new GatewayError('FORBIDDEN', message);
    const id = messages.length === 1 ? (messages[0]?.id ?? null) : null;
    return Response.json({
        jsonrpc: '2.0',
        id,
        error: { code: error.mapping.jsonRpc, message, data: { scope: scopes.join(' ') } },
    }, {
        status: error.mapping.status,
        headers: {
            'WWW-Authenticate': bearerChallenge({
                resourceMetadata: server.resourceMetadata,
                error: 'insufficient_scope',
                scopes,
            }),
        },
    });
}
//# sourceMappingURL=external-scope.js.map