import { type Principal } from '@switchyard/auth';
import type { ProtectedServer } from './server-oauth.js';
/** The permission a JSON-RPC request needs (completion follows its reference's kind). */
export declare function permissionForMethod(method: string, params: unknown): string | undefined;
/**
 * The 403 `insufficient_scope` answer (JSON-RPC error body, step-up challenge naming the scopes to
 * ask for) when an external token lacks a required scope or a permission the request needs;
 * undefined when it may proceed.
 */
export declare function insufficientScope(request: Request, principal: Principal, server: ProtectedServer): Promise<Response | undefined>;
//# sourceMappingURL=external-scope.d.ts.map