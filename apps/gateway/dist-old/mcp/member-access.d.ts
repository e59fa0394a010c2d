import { type Principal } from '@switchyard/auth';
import { type MemberAccess } from '@switchyard/core';
/**
 * Everything that decides what a principal sees and may do with the members it sees (and how a
 * refusal names it): its e-mail, teams, roles, and a token with its scopes. Backends, with their
 * decisions, are shared by equal keys; the key is worked out once per principal object.
 */
export declare function accessKeyOf(principal: Principal): string;
/**
 * Decides each tools/call, resources/read and prompts/get on the member it names with `authorize`,
 * keeping the decisions for the backend's life (one catalog snapshot). A refusal is FORBIDDEN's
 * JSON-RPC error naming the member and the missing permission.
 */
export declare function createMemberAccess(principal: Principal): MemberAccess;
//# sourceMappingURL=member-access.d.ts.map