import { authorize, isAdminPrincipal } from '@switchyard/auth';
import { errorMappings } from '@switchyard/core';
import { McpFaceError } from '@switchyard/transports';
const KINDS = {
    'tools.execute': 'tool',
    'resources.read': 'resource',
    'prompts.execute': 'prompt',
};
const keys = new WeakMap();
// Equal roles and scopes share one short key; a key is never reused for other facts.
const interned = new Map();
let next = 0;
/**
 * Everything that decides what a principal sees and may do with the members it sees (and how a
 * refusal names it): its e-mail, teams, roles, and a token with its scopes. Backends, with their
 * decisions, are shared by equal keys; the key is worked out once per principal object.
 */
export function accessKeyOf(principal) {
    let key = keys.get(principal);
    if (key === undefined) {
        const roles = principal.roles?.map((g) => [g.role, g.teamId, g.permissions]);
        const { kind, email, teams, tokenId, scopes } = principal;
        const admin = isAdminPrincipal(principal);
        const facts = JSON.stringify([kind, email, teams, tokenId, admin, roles, scopes]);
        key = interned.get(facts);
        if (key === undefined) {
            if (interned.size >= 10_000)
                interned.clear();
            key = String(next++);
            interned.set(facts, key);
        }
        keys.set(principal, key);
    }
    return key;
}
/**
 * Decides each tools/call, resources/read and prompts/get on the member it names with `authorize`,
 * keeping the decisions for the backend's life (one catalog snapshot). A refusal is FORBIDDEN's
 * JSON-RPC error naming the member and the missing permission.
 */
export function createMemberAccess(principal) {
    const decisions = new Map();
    return (action, entity) => {
        const key = `${action} ${entity.id}`;
        let decision = decisions.get(key);
        if (decision === undefined) {
            decision = authorize(principal, action, { ...entity, kind: KINDS[action] });
            decisions.set(key, decision);
        }
        if (decision.allowed)
            return;
        const what = `${KINDS[action]} '${entity.name}'`;
        const reason = decision.reasons.at(-1) ?? `lacks ${action}`;
        throw new McpFaceError(errorMappings.FORBIDDEN.jsonRpc, `${what}: ${reason}`, {
            permission: action,
            reasons: decision.reasons,
        });
    };
}
//# sourceMappingURL=member-access.js.map